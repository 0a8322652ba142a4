package de.arbeitsgruppe.portal.protocol.internal;

import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * The next number of a decision in a year ("B-2027-014" is the 14th), per working group. One atomic
 * increment on a counter document: two nodes recording decisions at the same moment get different
 * numbers. A number once given is not given again, even if its decision is removed.
 */
@Component
public class DecisionNumbers {

    static final String COLLECTION = "decisionNumbers";

    private final MongoTemplate mongo;

    DecisionNumbers(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    public int next(String workingGroupId, int year) {
        var counter = mongo.findAndModify(new Query(Criteria.where("_id").is(workingGroupId + "/" + year)),
                new Update().inc("last", 1), FindAndModifyOptions.options().upsert(true).returnNew(true),
                org.bson.Document.class, COLLECTION);
        return ((Number) counter.get("last")).intValue();
    }
}
