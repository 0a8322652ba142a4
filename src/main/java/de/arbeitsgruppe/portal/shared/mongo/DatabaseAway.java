package de.arbeitsgruppe.portal.shared.mongo;

import com.mongodb.MongoSocketException;
import com.mongodb.MongoTimeoutException;
import org.springframework.dao.DataAccessResourceFailureException;

/**
 * Recognises a failure that means "the database cannot be reached right now" — as opposed to a bug
 * or a rejected write — however deeply Spring, Vaadin or a servlet filter wrapped it. Pages, saves
 * and the servlet answer it with one message to the user instead of an error trace.
 */
public final class DatabaseAway {

    /** Translation key of the message every part of the portal shows. */
    public static final String MESSAGE = "error.database.text";
    public static final String TITLE = "error.database.title";

    private DatabaseAway() {
    }

    public static boolean explains(Throwable failure) {
        for (var current = failure; current != null; current = current.getCause()) {
            if (current instanceof DataAccessResourceFailureException || current instanceof MongoTimeoutException
                    || current instanceof MongoSocketException) {
                return true;
            }
            if (current.getCause() == current) {
                return false;
            }
        }
        return false;
    }
}
