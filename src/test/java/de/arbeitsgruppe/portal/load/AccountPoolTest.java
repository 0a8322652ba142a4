package de.arbeitsgruppe.portal.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import org.junit.jupiter.api.Test;

class AccountPoolTest {

    @Test
    void usersActiveAtOnceGetAnAccountEachWhileThereAreEnough() {
        var pool = new AccountPool(3);

        var taken = new ArrayList<Integer>();
        for (int i = 0; i < 3; i++) {
            taken.add(pool.take());
        }

        assertThat(taken).containsExactly(1, 2, 3);
    }

    @Test
    void aReleasedAccountGoesToTheNextUserAfterTheOnesFreeLonger() {
        var pool = new AccountPool(3);
        var first = pool.take();
        pool.release(first);

        assertThat(pool.take()).isEqualTo(2);
        assertThat(pool.take()).isEqualTo(3);
        assertThat(pool.take()).isEqualTo(first);
    }

    @Test
    void moreUsersThanAccountsShareTheLeastUsedAccountAndAnAccountIsFreeOnlyWhenAllItsUsersLeft() {
        var pool = new AccountPool(2);
        pool.take();
        pool.take();

        var shared = pool.take();
        var sharedToo = pool.take();
        pool.release(shared);

        assertThat(shared).isEqualTo(1);
        assertThat(sharedToo).isEqualTo(2);
        assertThat(pool.take()).as("account 1 still has a user, so it is shared again").isEqualTo(1);
    }
}
