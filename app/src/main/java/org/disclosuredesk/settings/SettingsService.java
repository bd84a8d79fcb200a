// SPDX-License-Identifier: AGPL-3.0-or-later
package org.disclosuredesk.settings;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.disclosuredesk.db.Transactions;
import org.disclosuredesk.shared.AuditTrail;
import org.disclosuredesk.shared.CreditCode;
import org.disclosuredesk.shared.ValidationError;

/** The office settings and small remembered values (import mappings, UI choices). */
public final class SettingsService {

    /** Where 机关信息 keeps the office's 统一社会信用代码 (a settings value; no column, so no migration). */
    public static final String CREDIT_CODE_KEY = "org.credit_code";

    private final OrgSettingsRepository repository;
    private final Transactions transactions;
    private final AuditTrail audit;
    private final Clock clock;

    public SettingsService(OrgSettingsRepository repository, Transactions transactions, AuditTrail audit, Clock clock) {
        this.repository = repository;
        this.transactions = transactions;
        this.audit = audit;
        this.clock = clock;
    }

    /** Empty until the first start has asked for the office name. */
    public Optional<OrgSettings> find() {
        return repository.find();
    }

    public OrgSettings current() {
        return repository.find().orElse(OrgSettings.defaultsFor("（未设置机关名称）"));
    }

    public OrgSettings save(OrgSettings settings) {
        validate(settings);
        transactions.inTransaction(() -> {
            Optional<OrgSettings> before = repository.find();
            repository.save(settings, now());
            audit.recordChange("org_settings", 1L, before.map(Object::toString).orElse(null), settings.toString(), "保存机关设置");
        });
        return settings;
    }

    /**
     * The office's 统一社会信用代码 as 机关信息 saves it; the county's packages carry it so the county can tell
     * two offices of one name apart. Optional: empty when not given.
     */
    public Optional<String> creditCode() {
        return value(CREDIT_CODE_KEY).filter(s -> !s.isBlank());
    }

    /** 机关信息 with its 统一社会信用代码 (blank: none): both checked first, then written and audited together. */
    public OrgSettings save(OrgSettings settings, String creditCode) {
        String code = CreditCode.normalised(creditCode);
        List<ValidationError.Problem> problems = problems(settings, code);
        if (!problems.isEmpty()) {
            throw new ValidationError(problems);
        }
        transactions.inTransaction(() -> {
            save(settings);
            String before = creditCode().orElse("");
            if (!before.equals(code)) {
                repository.putValue(CREDIT_CODE_KEY, code, now());
                audit.recordChange("org_settings", 1L, before, code, "保存统一社会信用代码");
            }
        });
        return settings;
    }

    /** {@link #problems(OrgSettings)} and the 统一社会信用代码's (trimmed, in capitals; blank is allowed). */
    public static List<ValidationError.Problem> problems(OrgSettings s, String creditCode) {
        List<ValidationError.Problem> problems = problems(s);
        if (creditCode != null && !creditCode.isBlank()) {
            CreditCode.problem(creditCode).ifPresent(p -> problems.add(new ValidationError.Problem("creditCode", p)));
        }
        return problems;
    }

    public Optional<String> value(String key) {
        return repository.value(key);
    }

    public void putValue(String key, String value) {
        repository.putValue(key, value, now());
    }

    private void validate(OrgSettings s) {
        List<ValidationError.Problem> problems = problems(s);
        if (!problems.isEmpty()) {
            throw new ValidationError(problems);
        }
    }

    /** What is wrong with the settings, field by field (the form shows them all at once); empty when nothing. */
    public static List<ValidationError.Problem> problems(OrgSettings s) {
        List<ValidationError.Problem> problems = new ArrayList<>();
        if (s.officeName() == null || s.officeName().isBlank()) {
            problems.add(new ValidationError.Problem("officeName", "请填写机关（办公室）名称。"));
        }
        if (s.dueSoonWorkingDays() < 1 || s.dueSoonWorkingDays() > 20) {
            problems.add(new ValidationError.Problem("dueSoonWorkingDays", "“即将到期”提醒天数应在 1 到 20 个工作日之间。"));
        }
        if (s.interpretationWorkingDays() < 1 || s.interpretationWorkingDays() > 60) {
            problems.add(new ValidationError.Problem("interpretationWorkingDays", "政策解读时限应在 1 到 60 个工作日之间。"));
        }
        if (s.requestNumberPrefix() == null || s.requestNumberPrefix().isBlank()) {
            problems.add(new ValidationError.Problem("requestNumberPrefix", "请填写申请登记号前缀，例如“依申请”。"));
        }
        return problems;
    }

    private String now() {
        return LocalDateTime.now(clock).withNano(0).toString();
    }
}
