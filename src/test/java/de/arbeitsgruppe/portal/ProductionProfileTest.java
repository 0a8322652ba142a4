package de.arbeitsgruppe.portal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.test.context.ActiveProfiles;

/** The prod profile seeds no demo accounts: a production installation starts empty. */
// own database name, so the check also holds when the suite runs against a shared real MongoDB
@SpringBootTest(properties = "spring.mongodb.database=prod-profile-test-${random.uuid}")
@ActiveProfiles({"test", "prod"})
class ProductionProfileTest {

    @Autowired
    MongoTemplate mongo;

    @Test
    void startsWithoutDemoAccounts() {
        assertThat(mongo.getCollection("accounts").countDocuments()).isZero();
        assertThat(mongo.getCollection("contacts").countDocuments()).isZero();
        mongo.getDb().drop();
    }
}
