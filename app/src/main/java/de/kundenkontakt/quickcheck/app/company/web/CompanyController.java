package de.kundenkontakt.quickcheck.app.company.web;

import de.kundenkontakt.quickcheck.app.account.Account;
import de.kundenkontakt.quickcheck.app.account.AccountService;
import de.kundenkontakt.quickcheck.app.account.SignedInAccount;
import de.kundenkontakt.quickcheck.app.assessment.CompanyProfile;
import de.kundenkontakt.quickcheck.app.assessment.InvalidAssessmentException;
import de.kundenkontakt.quickcheck.app.assessment.ProfileOptions;
import de.kundenkontakt.quickcheck.app.company.AdvisorCodes;
import de.kundenkontakt.quickcheck.app.company.Company;
import de.kundenkontakt.quickcheck.app.company.CompanyChecks;
import de.kundenkontakt.quickcheck.app.company.CompanyListing;
import de.kundenkontakt.quickcheck.app.company.CompanyProblemException;
import de.kundenkontakt.quickcheck.app.company.CompanyProperties;
import de.kundenkontakt.quickcheck.app.company.CompanyService;
import de.kundenkontakt.quickcheck.app.company.CompanySort;
import de.kundenkontakt.quickcheck.app.web.PageForms;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The consultant's companies: the list (search, order), a new company, a company's page with its
 * history, changing its profile, deleting it with everything that belongs to it (after a
 * confirmation that names what goes) and, for administrators, handing it to another consultant.
 */
@Controller
class CompanyController {

    private static final String FORM = "companyForm";

    /** The notices a company's page shows after a change ({@code ?hinweis=}). */
    private static final Set<String> NOTICES = Set.of("angelegt", "gespeichert", "entwurf", "uebertragen");

    private final CompanyService companies;
    private final CompanyChecks checks;
    private final AdvisorCodes codes;
    private final AccountService accounts;
    private final ProfileOptions options;
    private final CompanyProperties properties;

    CompanyController(
            CompanyService companies,
            CompanyChecks checks,
            AdvisorCodes codes,
            AccountService accounts,
            ProfileOptions options,
            CompanyProperties properties) {
        this.companies = companies;
        this.checks = checks;
        this.codes = codes;
        this.accounts = accounts;
        this.options = options;
        this.properties = properties;
    }

    /** The lists the company form's choices come from ({@link CompanyForm#choices}). */
    @ModelAttribute("profileOptions")
    ProfileOptions profileOptions() {
        return options;
    }

    @GetMapping(CompanyPages.COMPANIES)
    String showCompanies(
            @AuthenticationPrincipal SignedInAccount me,
            @RequestParam(name = "suche", required = false) String search,
            @RequestParam(name = "sortierung", required = false) String sortId,
            @RequestParam(name = "hinweis", required = false) String notice,
            Model model) {
        CompanySort sort = CompanySort.byId(sortId).orElse(CompanySort.NAME);
        List<CompanyListing> listed = companies.list(me, search, sort);
        model.addAttribute("companies", listed.stream().map(CompanyRow::of).toList());
        model.addAttribute("search", search == null ? "" : search.strip());
        model.addAttribute("sort", sort.id());
        model.addAttribute("advisorCode", codes.codeOf(me.id()));
        if ("geloescht".equals(notice)) {
            model.addAttribute("notice", "company.notice.deleted");
        }
        return "company/list";
    }

    @GetMapping(CompanyPages.COMPANIES + "/neu")
    String showNewForm(Model model) {
        model.addAttribute(FORM, CompanyForm.empty());
        return "company/new";
    }

    @PostMapping(CompanyPages.COMPANIES + "/neu")
    String submitNewForm(
            @AuthenticationPrincipal SignedInAccount me,
            @ModelAttribute(FORM) CompanyForm form,
            BindingResult result,
            HttpServletResponse response) {
        CompanyProfile profile = checked(form, result, response);
        if (profile == null) {
            return "company/new";
        }
        Company company = companies.create(me, profile);
        return "redirect:" + CompanyPages.company(company.id()) + "?hinweis=angelegt";
    }

    @GetMapping(CompanyPages.ONE)
    String showCompany(
            @AuthenticationPrincipal SignedInAccount me,
            @PathVariable UUID id,
            @RequestParam(name = "hinweis", required = false) String notice,
            Locale locale,
            Model model) {
        Company company = companies.find(me, id);
        model.addAttribute("company", CompanyView.of(company, accounts.find(company.ownerId()).orElseThrow(), locale));
        model.addAttribute("history", HistoryRow.of(id, checks.history(me, id), locale));
        model.addAttribute("linkDays", properties.linkValidity().toDays());
        if (notice != null && NOTICES.contains(notice)) {
            model.addAttribute("notice", "company.notice." + notice);
        }
        if (me.isAdministrator()) {
            model.addAttribute("owners", accounts.all().stream().filter(Account::active).toList());
        }
        return "company/show";
    }

    @GetMapping(CompanyPages.ONE + "/bearbeiten")
    String showEditForm(@AuthenticationPrincipal SignedInAccount me, @PathVariable UUID id, Model model) {
        Company company = companies.find(me, id);
        model.addAttribute(FORM, CompanyForm.of(company.profile()));
        model.addAttribute("companyId", company.id());
        return "company/edit";
    }

    @PostMapping(CompanyPages.ONE + "/bearbeiten")
    String submitEditForm(
            @AuthenticationPrincipal SignedInAccount me,
            @PathVariable UUID id,
            @ModelAttribute(FORM) CompanyForm form,
            BindingResult result,
            HttpServletResponse response,
            Model model) {
        companies.find(me, id);
        CompanyProfile profile = checked(form, result, response);
        if (profile == null) {
            model.addAttribute("companyId", id);
            return "company/edit";
        }
        companies.update(me, id, profile);
        return "redirect:" + CompanyPages.company(id) + "?hinweis=gespeichert";
    }

    @GetMapping(CompanyPages.ONE + "/loeschen")
    String showDeletion(@AuthenticationPrincipal SignedInAccount me, @PathVariable UUID id, Model model) {
        model.addAttribute("deletion", companies.previewDeletion(me, id));
        return "company/delete";
    }

    @PostMapping(CompanyPages.ONE + "/loeschen")
    String submitDeletion(@AuthenticationPrincipal SignedInAccount me, @PathVariable UUID id) {
        companies.delete(me, id);
        return "redirect:" + CompanyPages.COMPANIES + "?hinweis=geloescht";
    }

    @PostMapping(CompanyPages.ONE + "/uebertragen")
    String submitReassignment(
            @AuthenticationPrincipal SignedInAccount me,
            @PathVariable UUID id,
            @RequestParam(name = "owner", required = false) String owner,
            Locale locale,
            Model model,
            HttpServletResponse response) {
        try {
            companies.reassign(me, id, parse(owner));
        } catch (CompanyProblemException problem) {
            response.setStatus(422);
            model.addAttribute("ownerError", problem.messageKey());
            return showCompany(me, id, null, locale, model);
        }
        return "redirect:" + CompanyPages.company(id) + "?hinweis=uebertragen";
    }

    /** The profile the form describes, or null after adding every problem to the form's errors (422). */
    private CompanyProfile checked(CompanyForm form, BindingResult result, HttpServletResponse response) {
        CompanyProfile profile = null;
        try {
            profile = form.toProfile(options);
        } catch (InvalidAssessmentException invalid) {
            CompanyPages.reject(result, invalid, response);
        }
        if (form.companyName() == null || form.companyName().isBlank()) {
            PageForms.reject(result, new CompanyProblemException("companyName", "company.name.missing"), response);
        }
        return result.hasErrors() ? null : profile;
    }

    /** The id sent, or a random one (which no account has) when the text is no id. */
    static UUID parse(String id) {
        try {
            return id == null ? UUID.randomUUID() : UUID.fromString(id);
        } catch (IllegalArgumentException notAnId) {
            return UUID.randomUUID();
        }
    }
}
