package de.arbeitsgruppe.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.test.context.ActiveProfiles;

@SpringBootTest
@ActiveProfiles("test")
class DemoDataTest {

    @Autowired
    MongoTemplate mongo;

    @Autowired
    List<ApplicationRunner> seeders;

    @Test
    void seedsTheFiveDemoAccountsOfTheReadme() {
        var usernames = mongo.findAll(Document.class, "accounts").stream().map(d -> d.getString("username")).toList();
        assertThat(usernames).contains("erik.admin", "anna.koordination", "bernd.agentur", "clara.jobcenter",
                "dora.caritas");
    }

    @Test
    void seedsNothingTwiceWhenStartedAgain() throws Exception {
        long accounts = mongo.getCollection("accounts").countDocuments();
        long organisations = mongo.getCollection("organisations").countDocuments();
        long contacts = mongo.getCollection("contacts").countDocuments();
        for (ApplicationRunner seeder : seeders) {
            seeder.run(new DefaultApplicationArguments());
        }
        assertThat(mongo.getCollection("accounts").countDocuments()).isEqualTo(accounts);
        assertThat(mongo.getCollection("organisations").countDocuments()).isEqualTo(organisations);
        assertThat(mongo.getCollection("contacts").countDocuments()).isEqualTo(contacts);
    }
}
