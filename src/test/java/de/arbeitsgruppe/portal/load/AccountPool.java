package de.arbeitsgruppe.portal.load;

import java.util.ArrayDeque;
import java.util.Deque;

/**
 * The numbers 1…count of one kind of load-test account, handed out so that virtual users active at
 * the same moment each have an account of their own: two users on one office account edit one
 * meeting and its tasks, two partners on one account one offer, and the version conflicts that
 * follow are the simulation's doing, not the server's. Only when more users of a kind are active
 * than there are accounts, an account is shared (the least used one).
 */
final class AccountPool {

    private final Deque<Integer> free = new ArrayDeque<>();
    private final int[] users;

    AccountPool(int count) {
        if (count < 1) {
            throw new IllegalArgumentException("an account pool needs at least one account");
        }
        users = new int[count + 1];
        for (int n = 1; n <= count; n++) {
            free.addLast(n);
        }
    }

    /** An account number no active user has, the one free the longest; when none is free, the least used. */
    synchronized int take() {
        var next = free.pollFirst();
        int n;
        if (next != null) {
            n = next;
        } else {
            n = 1;
            for (int candidate = 2; candidate < users.length; candidate++) {
                if (users[candidate] < users[n]) {
                    n = candidate;
                }
            }
        }
        users[n]++;
        return n;
    }

    /** The user of account {@code n} is done with it. */
    synchronized void release(int n) {
        if (n < 1 || n >= users.length || users[n] == 0) {
            return;
        }
        users[n]--;
        if (users[n] == 0) {
            free.addLast(n);
        }
    }
}
