using Crm.Modules.Contacts.Domain.Imports;
using Crm.Modules.Contacts.Features.Common;
using Crm.Modules.Contacts.Features.CustomFields;
using Crm.Modules.Contacts.Features.Imports;
using Crm.Modules.Contacts.Features.Imports.Running;
using Crm.Modules.Contacts.Persistence;
using Crm.Modules.Identity.Contracts;
using Crm.Shared.Kernel;
using Crm.Shared.Kernel.CustomFields;
using Mediator;

namespace Crm.Modules.Contacts.Features.StartImport;

/// <summary>Starts an uploaded import with its mapping and duplicate policy, remembered for the next file with the same headers; a worker runs it.</summary>
internal sealed record StartImport(Guid Id, ImportSettingsRequest Settings) : ICommand<Result<ImportResponse>>;

internal sealed class StartImportHandler(
    ContactsDbContext db, CustomFieldCatalog customFields, IRecordVisibility visibility, ICurrentUser currentUser, WorkSignal<ImportWorker> signal, TimeProvider time)
    : ICommandHandler<StartImport, Result<ImportResponse>>
{
    public async ValueTask<Result<ImportResponse>> Handle(StartImport command, CancellationToken cancellationToken)
    {
        var import = await db.FindAsync(command.Id, currentUser, cancellationToken);
        if (import is null)
        {
            return ImportErrors.NotFound(command.Id);
        }

        var settings = command.Settings.Read(import);
        if (!settings.IsSuccess)
        {
            return settings.Error;
        }

        var customFieldsInUse = await customFields.ForAsync(CustomFieldEntity.Contact, cancellationToken);
        var mappedFields = ImportCustomFields.Check(settings.Value, customFieldsInUse);
        if (!mappedFields.IsSuccess)
        {
            return mappedFields.Error;
        }

        var visible = await visibility.ForCurrentUserAsync(RecordTypes.Contacts, cancellationToken);
        var started = import.Start(settings.Value, visible.Everyone, visible.OwnerIds, time.GetUtcNow());
        if (!started.IsSuccess)
        {
            return started.Error;
        }

        await RememberAsync(import, settings.Value, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        signal.Notify();
        return ImportResponse.From(import, []);
    }

    private async Task RememberAsync(ContactImport import, ImportSettings settings, CancellationToken cancellationToken)
    {
        var signature = ImportHeaders.Signature(import.Headers);
        var remembered = await db.RememberedMappings.FindAsync([signature], cancellationToken);
        if (remembered is null)
        {
            remembered = new RememberedMapping { Signature = signature };
            db.RememberedMappings.Add(remembered);
        }

        remembered.Columns = [.. settings.Columns];
        remembered.Policy = settings.Policy;
        remembered.MatchKey = settings.MatchKey;
        remembered.MatchCustomField = settings.MatchCustomField;
        remembered.UsedAtUtc = time.GetUtcNow();
    }
}
