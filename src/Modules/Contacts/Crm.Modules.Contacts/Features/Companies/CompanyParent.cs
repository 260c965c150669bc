using Crm.Modules.Contacts.Domain.Companies;
using Crm.Modules.Contacts.Persistence;
using Crm.Modules.Identity.Contracts;
using Crm.Shared.Kernel;
using Microsoft.EntityFrameworkCore;

namespace Crm.Modules.Contacts.Features.Companies;

/// <summary>Checks a company's parent: one the caller can see, and never the company itself or one of its subsidiaries.</summary>
internal sealed class CompanyParent(ContactsDbContext db)
{
    private const int MaxDepth = 50;

    public async Task<Result<CompanyId?>> CheckAsync(Guid? parentId, CompanyId? company, VisibleOwners visible, CancellationToken cancellationToken)
    {
        if (parentId is not { } id)
        {
            return Result<CompanyId?>.Success(null);
        }

        var parent = new CompanyId(id);
        if (!await db.Companies.VisibleTo(visible).AnyAsync(c => c.Id == parent, cancellationToken))
        {
            return CompanyErrors.ParentUnknown(id);
        }

        // Up the chain from the new parent: meeting the company itself would close a loop.
        CompanyId? current = parent;
        for (var depth = 0; current is { } step && depth < MaxDepth; depth++)
        {
            if (step == company)
            {
                return CompanyErrors.ParentLoop();
            }

            current = await db.Companies.Where(c => c.Id == step).Select(c => c.ParentCompanyId).FirstOrDefaultAsync(cancellationToken);
        }

        return current is null ? Result<CompanyId?>.Success(parent) : CompanyErrors.ParentLoop();
    }

    /// <summary>Whether the chain of parents from <paramref name="parent"/> up meets one of <paramref name="companies"/> (or is too deep to tell).</summary>
    public async Task<bool> LeadsIntoAsync(CompanyId? parent, IReadOnlySet<CompanyId> companies, CancellationToken cancellationToken)
    {
        var current = parent;
        for (var depth = 0; current is { } step && depth < MaxDepth; depth++)
        {
            if (companies.Contains(step))
            {
                return true;
            }

            current = await db.Companies.Where(c => c.Id == step).Select(c => c.ParentCompanyId).FirstOrDefaultAsync(cancellationToken);
        }

        return current is not null;
    }
}
