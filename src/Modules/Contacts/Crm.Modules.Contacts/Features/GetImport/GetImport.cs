using Crm.Modules.Contacts.Features.Imports;
using Crm.Modules.Contacts.Persistence;
using Crm.Modules.Identity.Contracts;
using Crm.Shared.Kernel;
using Mediator;

namespace Crm.Modules.Contacts.Features.GetImport;

internal sealed record GetImport(Guid Id) : IQuery<Result<ImportResponse>>;

internal sealed class GetImportHandler(ContactsDbContext db, ImportSamples samples, ICurrentUser currentUser) : IQueryHandler<GetImport, Result<ImportResponse>>
{
    public async ValueTask<Result<ImportResponse>> Handle(GetImport query, CancellationToken cancellationToken)
    {
        var import = await db.FindAsync(query.Id, currentUser, cancellationToken);
        return import is null ? ImportErrors.NotFound(query.Id) : ImportResponse.From(import, await samples.FirstRowsAsync(import, cancellationToken));
    }
}
