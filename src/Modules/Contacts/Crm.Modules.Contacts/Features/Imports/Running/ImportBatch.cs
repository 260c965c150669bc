using Crm.Modules.Contacts.Domain.Contacts;
using Crm.Modules.Contacts.Domain.Imports;
using Crm.Modules.Contacts.Features.Common;
using Crm.Modules.Contacts.Features.CustomFields;
using Crm.Modules.Contacts.Features.Imports.Reading;
using Crm.Modules.Contacts.Persistence;
using Crm.Modules.Contacts.Persistence.Imports;
using Crm.Shared.Infrastructure.CustomFields;
using Crm.Shared.Infrastructure.Persistence;
using Crm.Shared.Kernel.CustomFields;
using Microsoft.EntityFrameworkCore;

namespace Crm.Modules.Contacts.Features.Imports.Running;

/// <summary>
/// Saves one batch of rows in one transaction with the import's progress: companies named for the first time, the
/// contacts the rows create (by binary COPY on PostgreSQL), the contacts they update, the notes they add, the rows'
/// errors, and the batch's event. A failure leaves none of it, and the import resumes at the batch.
/// </summary>
internal sealed class ImportBatch(
    ContactsDbContext db,
    ImportCompanies companies,
    ImportMatches matches,
    ImportUniqueValues uniqueValues,
    ImportNotes notes,
    UniqueValuesLock uniqueValuesLock,
    PhoneNumberReader phones,
    CustomFieldCatalog customFields,
    CustomFieldValueReader customValues,
    TimeProvider time)
{
    /// <summary>Saves the rows after the first <paramref name="offset"/>, unless the worker holding <paramref name="token"/> lost the import.</summary>
    public async Task SaveAsync(
        ImportId id, Guid token, int offset, IReadOnlyList<ImportRow> rows, ImportSettings settings, TimeSpan lease, CancellationToken cancellationToken)
    {
        db.ChangeTracker.Clear();
        var import = await db.Imports.SingleAsync(i => i.Id == id, cancellationToken);
        if (!import.IsHeldBy(token, offset))
        {
            throw new ImportLeaseLostException(id);
        }

        var visible = ImportVisibility.Of(import);
        var definitions = await customFields.ForAsync(CustomFieldEntity.Contact, cancellationToken);
        var reader = new ImportRowReader(phones, customValues, definitions, import.Headers, settings);
        var now = time.GetUtcNow();

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        if (definitions.Any(d => d.IsUnique && settings.Columns.Any(c => c.CustomField == d.Key)))
        {
            await uniqueValuesLock.HoldAsync(CustomFieldEntity.Contact, cancellationToken);
        }

        var companyIds = await companies.ResolveAsync(reader.CompanyNames(rows), import.CreatedBy, visible, import.Id, cancellationToken);
        var read = rows.AsParallel().AsOrdered().Select(r => reader.Read(r, companyIds)).ToList();
        var found = await matches.FindAsync(settings, ImportPlan.Keys(read.Select(r => r.Row), settings), visible, track: true, cancellationToken);
        var decisions = await uniqueValues.RefuseTakenAsync(ImportPlan.Decide(read, settings, found), settings, definitions, import.Headers, cancellationToken);
        var createdBy = new Dictionary<RowDecision, Contact>(ReferenceEqualityComparer.Instance);
        foreach (var decision in decisions)
        {
            switch (decision.Action)
            {
                case RowAction.Create:
                    createdBy[decision] = Contact.Imported(decision.Details!, decision.Row!.ExternalId, import.Id, import.CreatedBy, now);
                    break;
                case RowAction.Update when decision.Match is not null:
                    decision.Match.Update(decision.Details!, now);
                    break;
                case RowAction.Fail:
                    db.ImportErrors.AddRange(decision.Problems.Select(p => ImportErrorRows.Of(id, p)));
                    break;
            }
        }

        var created = createdBy.Values.ToList();
        await notes.AddAsync(decisions, createdBy, import.CreatedBy, now, cancellationToken);
        var counts = new ImportCounts(
            rows.Count,
            created.Count,
            Count(RowAction.Update),
            Count(RowAction.Skip),
            Count(RowAction.Fail));
        import.RecordBatch(counts, [.. created.Select(c => c.Id.Value)], now);
        import.ExtendLease(now + lease);
        if (db.Provider == DatabaseProvider.Postgres)
        {
            await ImportSession.PrepareAsync(db, cancellationToken);
            await db.SaveChangesAsync(cancellationToken);
            await ContactCopy.WriteAsync(db, created, cancellationToken);
        }
        else
        {
            db.Contacts.AddRange(created);
            await db.SaveChangesAsync(cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
        db.ChangeTracker.Clear();

        int Count(RowAction action) => decisions.Count(d => d.Action == action);
    }
}
