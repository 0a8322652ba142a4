package de.arbeitsgruppe.portal.evaluation.internal;

import de.arbeitsgruppe.portal.evaluation.Evaluation;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Pageable;
import org.springframework.data.mongodb.repository.MongoRepository;

public interface Evaluations extends MongoRepository<Evaluation, String> {

    Optional<Evaluation> findByIdAndWorkingGroupId(String id, String workingGroupId);

    /** Newest first; ties by id so that a page is stable. */
    List<Evaluation> findByWorkingGroupIdOrderByDateDescIdDesc(String workingGroupId, Pageable page);

    List<Evaluation> findByWorkingGroupIdAndDateLessThanEqualOrderByDateDescIdDesc(String workingGroupId,
            java.time.LocalDate end, Pageable page);
}
