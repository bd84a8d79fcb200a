// SPDX-License-Identifier: AGPL-3.0-or-later
package org.disclosuredesk.register;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.disclosuredesk.AppContext;
import org.disclosuredesk.law.DocType;
import org.disclosuredesk.law.Validity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RegisterDemoDataTest {

    @TempDir
    Path dir;

    @Test
    void fills_two_years_with_a_realistic_register_through_the_service() {
        try (AppContext ctx = RegisterFixture.open(dir)) {
            RegisterDemoData demo = new RegisterDemoData(ctx.register(), ctx.yearlyStatistics(), ctx.clock());
            demo.fill(2024);
            demo.fill(2025);
            demo.fill(2025);   // a second run adds nothing twice

            RegisterService register = ctx.register();
            int lastYear = register.count(RegisterQuery.ofYear(2024));
            int thisYear = register.count(RegisterQuery.ofYear(2025));
            assertEquals(RegisterDemoData.DOCUMENTS_PER_YEAR, lastYear);
            assertTrue(thisYear > 80 && thisYear < 150, "documents up to 10 June: " + thisYear);

            TableTwoFigures f = register.tableTwo(2025);
            assertTrue(f.normativeDocuments().made() > 0);
            assertTrue(f.rules().made() + register.tableTwo(2024).rules().made() > 0, "some 规章");
            assertTrue(f.normativeDocuments().abolished() > 0, "some abolished this year");
            assertTrue(register.count(RegisterQuery.ALL.withLateOnly(true)) > 0, "some published late");
            assertTrue(register.count(RegisterQuery.ALL.withMissingInterpretationOnly(true)) > 0, "some without 解读");
            assertTrue(register.count(RegisterQuery.ALL.withValidity(Validity.ABOLISHED)) > 0);
            assertTrue(register.list(RegisterQuery.ALL.withValidity(Validity.ABOLISHED)).stream()
                    .anyMatch(e -> e.document().replacedById() != null), "an abolished document names its replacement");
            assertTrue(f.statistics().entered());
            assertTrue(register.list(RegisterQuery.ofYear(2025).withDocType(DocType.OTHER)).get(0).document().indexNumber()
                    .startsWith("11520000MB1234567X/2025-"));
        }
    }
}
