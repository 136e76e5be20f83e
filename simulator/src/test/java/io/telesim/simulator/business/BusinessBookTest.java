package io.telesim.simulator.business;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import io.telesim.simulator.web.store.MemoryKeyValueStore;

/** The corporate records in the web store: the hierarchy's rules, one company per number, the audit log's pages, the demo company. */
class BusinessBookTest {

    private final MemoryKeyValueStore store = new MemoryKeyValueStore();
    private final BusinessBook book = new BusinessBook(store);
    private final Company company = book.companies().create("Acme", "7701234567", Settlement.PREPAID, 0, 79_161_000_001L, 1_000);

    @Test
    void subtreesHoldEveryBranchBelowAndPathsNameTheWayDown() {
        Branch north = book.hierarchy().addBranch(company.id(), "b1", "North");
        Branch city = book.hierarchy().addBranch(company.id(), north.id(), "City");
        Branch south = book.hierarchy().addBranch(company.id(), "b1", "South");
        BranchTree tree = book.hierarchy().tree(company.id());

        assertEquals(Set.of(north.id(), city.id()), tree.subtrees(List.of(north.id())));
        assertEquals(Set.of("b1", north.id(), city.id(), south.id()), tree.subtrees(List.of("b1")));
        assertEquals("Acme / North / City", tree.path(city.id()));
    }

    @Test
    void aBranchWithNumbersOrBranchesOrTheRootCannotBeDeleted() {
        Branch north = book.hierarchy().addBranch(company.id(), "b1", "North");
        Branch city = book.hierarchy().addBranch(company.id(), north.id(), "City");
        book.hierarchy().put(new CompanyNumber(79_161_000_010L, company.id(), city.id(), "a1", 0));

        assertEquals("branch_not_empty", assertThrows(BusinessException.class, () -> book.hierarchy().deleteBranch(company.id(), north.id())).code());
        assertEquals("branch_not_empty", assertThrows(BusinessException.class, () -> book.hierarchy().deleteBranch(company.id(), city.id())).code());
        assertEquals("root_branch", assertThrows(BusinessException.class, () -> book.hierarchy().deleteBranch(company.id(), "b1")).code());
        book.hierarchy().remove(company.id(), 79_161_000_010L);
        book.hierarchy().deleteBranch(company.id(), city.id());
        assertTrue(book.hierarchy().branch(company.id(), city.id()).isEmpty());
    }

    @Test
    void aNumberAndAUserBelongToOneCompanyAtMost() {
        Company other = book.companies().create("Other", "7709999999", Settlement.CREDIT, 10_000, 79_161_000_002L, 2_000);
        book.hierarchy().put(new CompanyNumber(79_161_000_010L, company.id(), "b1", "a1", 0));

        assertEquals("other_company", assertThrows(BusinessException.class,
                () -> book.hierarchy().put(new CompanyNumber(79_161_000_010L, other.id(), "b1", "a1", 0))).code());
        assertEquals("already_a_user", assertThrows(BusinessException.class,
                () -> book.users().put(new CompanyUser(79_161_000_001L, other.id(), "X", Role.READ_ONLY, List.of(), 0))).code());
        assertEquals(10_000, book.companies().requireAccount(other.id(), "a1").effectiveCreditLimit(Settlement.CREDIT));
        assertEquals(0, book.companies().requireAccount(other.id(), "a1").effectiveCreditLimit(Settlement.PREPAID));
    }

    @Test
    void theAuditLogPagesNewestFirstAcrossItsBuckets() {
        int entries = 2_345;
        for (int i = 0; i < entries; i++) {
            book.audit().append(company.id(), i, "operator", "test", "entry " + i, null, null);
        }
        List<Long> seen = new ArrayList<>();
        long before = 0;
        List<AuditEntry> page;
        do {
            page = book.audit().page(company.id(), before, 400);
            page.forEach(entry -> seen.add(entry.seq()));
            before = page.isEmpty() ? 0 : page.get(page.size() - 1).seq();
        } while (page.size() == 400);

        assertEquals(entries, seen.size());
        for (int i = 0; i < seen.size(); i++) {
            assertEquals(entries - i, seen.get(i));
        }
    }

    @Test
    void theDemoCompanyIsMadeOnce() {
        MemoryKeyValueStore demoStore = new MemoryKeyValueStore();
        BusinessBook fresh = new BusinessBook(demoStore);
        DemoCompany.Made first = DemoCompany.ensure(fresh, 79_161_000_901L, 0).orElseThrow();
        // As after a restart: a new book over the same records.
        DemoCompany.Made again = DemoCompany.ensure(new BusinessBook(demoStore), 79_161_000_901L, 0).orElseThrow();

        assertEquals(first, again);
        assertEquals(DemoCompany.NUMBERS, fresh.hierarchy().numbers(first.companyId()).size());
        assertEquals(1, fresh.companies().list(10).size());
        assertEquals(List.of("Head office", "Moscow", "Saint Petersburg"), fresh.hierarchy().branches(first.companyId()).stream().map(Branch::name).toList());
        assertTrue(DemoCompany.ensure(book, 79_161_000_001L, 0).isEmpty(), "its administrator is another company's");
    }

    @Test
    void requestsMoveForwardOnly() {
        assertTrue(RequestState.SUBMITTED.canMoveTo(RequestState.IN_PROGRESS));
        assertTrue(RequestState.SUBMITTED.canMoveTo(RequestState.REFUSED));
        assertTrue(RequestState.IN_PROGRESS.canMoveTo(RequestState.DONE));
        assertFalse(RequestState.IN_PROGRESS.canMoveTo(RequestState.SUBMITTED));
        assertFalse(RequestState.DONE.canMoveTo(RequestState.REFUSED));
        assertFalse(RequestState.REFUSED.canMoveTo(RequestState.DONE));
    }
}
