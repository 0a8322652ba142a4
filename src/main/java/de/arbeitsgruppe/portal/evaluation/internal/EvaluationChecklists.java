package de.arbeitsgruppe.portal.evaluation.internal;

import de.arbeitsgruppe.portal.evaluation.EvaluationChecklist;
import java.util.Optional;
import org.springframework.data.mongodb.repository.MongoRepository;

public interface EvaluationChecklists extends MongoRepository<EvaluationChecklist, String> {

    Optional<EvaluationChecklist> findByWorkingGroupId(String workingGroupId);
}
