using Crm.Modules.Contacts.Features.Imports;
using Crm.Modules.Contacts.Persistence;
using Crm.Modules.Identity.Contracts;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Crm.Modules.Contacts.Features.ListImports;

/// <summary>Your latest imports, newest first.</summary>
internal sealed record ListImports : IQuery<IReadOnlyList<ImportResponse>>
{
    public const int Max = 50;
}

internal sealed class ListImportsHandler(ContactsDbContext db, ICurrentUser currentUser) : IQueryHandler<ListImports, IReadOnlyList<ImportResponse>>
{
    public async ValueTask<IReadOnlyList<ImportResponse>> Handle(ListImports query, CancellationToken cancellationToken)
    {
        var imports = await db.Imports.AsNoTracking().Where(i => i.CreatedBy == currentUser.Id)
            .OrderByDescending(i => i.CreatedAtUtc).Take(ListImports.Max).ToListAsync(cancellationToken);
        return [.. imports.Select(i => ImportResponse.From(i, []))];
    }
}
