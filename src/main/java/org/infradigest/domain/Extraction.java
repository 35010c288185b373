package org.infradigest.domain;

import java.util.List;

/** Everything the extraction engine found in one article. */
public record Extraction(List<Fact> facts, List<Statement> statements, List<Initiative> initiatives,
                         List<OperatorMention> operators, List<LicenceApproval> licences) {

    public Extraction {
        facts = List.copyOf(facts);
        statements = List.copyOf(statements);
        initiatives = List.copyOf(initiatives);
        operators = List.copyOf(operators);
        licences = List.copyOf(licences);
    }

    public static Extraction empty() {
        return new Extraction(List.of(), List.of(), List.of(), List.of(), List.of());
    }
}
