package de.arbeitsgruppe.portal;

import de.arbeitsgruppe.portal.AuthorizationMatrixTest.Who;
import de.arbeitsgruppe.portal.contact.ContactInterface;
import de.arbeitsgruppe.portal.exchange.ExchangeAgreement;
import de.arbeitsgruppe.portal.exchange.ExchangeRegister;
import de.arbeitsgruppe.portal.exchange.ExchangeSamples;
import java.io.StringWriter;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.springframework.context.ApplicationContext;

/**
 * Arguments for the data-exchange register in the authorization matrix: for every call a new
 * agreement between the demo Kommune (the matrix member's organisation, so the member acts as one
 * of its parties) and the demo Agentur, entered by the matrix's admin.
 */
final class ExchangeArguments {

    private final ExchangeRegister register;
    private final AtomicInteger counter = new AtomicInteger();

    ExchangeArguments(ApplicationContext context) {
        this.register = context.getBean(ExchangeRegister.class);
    }

    Map<String, Function<Who, Object[]>> arguments() {
        var arguments = new TreeMap<String, Function<Who, Object[]>>();
        arguments.put("ExchangeRegister.list()", who -> args());
        arguments.put("ExchangeRegister.find(String)", who -> args(agreement().getId()));
        arguments.put("ExchangeRegister.mayCreate()", who -> args());
        arguments.put("ExchangeRegister.mayEdit(ExchangeAgreement)", who -> args(agreement()));
        arguments.put("ExchangeRegister.authorities()", who -> args());
        arguments.put("ExchangeRegister.mayEnter(Missing)", who -> args(ExchangeSamples.gap(ContactInterface.KOMMUNE_AGENTUR,
                ExchangeSamples.KOMMUNE, ExchangeSamples.AGENTUR)));
        arguments.put("ExchangeRegister.create(ExchangeAgreement)", who -> args(ExchangeSamples.agreement(title())));
        arguments.put("ExchangeRegister.update(ExchangeAgreement)", who -> {
            var agreement = agreement();
            agreement.setPurpose("Matrix: geänderter Zweck");
            return args(agreement);
        });
        arguments.put("ExchangeRegister.gaps()", who -> args());
        arguments.put("ExchangeRegister.today()", who -> args());
        arguments.put("ExchangeExport.csv(Writer)", who -> args(new StringWriter()));
        arguments.put("SignedAgreements.attach(String, Long, String, byte[])", who -> {
            var agreement = agreement();
            return args(agreement.getId(), agreement.getVersion(), "matrix.pdf", ExchangeSamples.pdf("Matrix"));
        });
        arguments.put("SignedAgreements.download(String)", who -> args(agreement().getId()));
        arguments.put("ContactDirectory.forAutomaticMail(String, String)", who -> args("ag-musterstadt", "c-kommune-mueller"));
        return arguments;
    }

    private ExchangeAgreement agreement() {
        return register.create(ExchangeSamples.agreement(title()));
    }

    private String title() {
        return "Matrix-Vereinbarung " + counter.incrementAndGet();
    }

    private static Object[] args(Object... values) {
        return values;
    }
}
