using Crm.Modules.Contacts.Domain.Imports;
using Crm.Modules.Contacts.Features.Common;
using Crm.Modules.Contacts.Features.CustomFields;
using Crm.Modules.Contacts.Features.Imports;
using Crm.Modules.Contacts.Features.Imports.Files;
using Crm.Modules.Contacts.Features.Imports.Reading;
using Crm.Modules.Contacts.Persistence;
using Crm.Modules.Identity.Contracts;
using Crm.Shared.Infrastructure.CustomFields;
using Crm.Shared.Kernel;
using Crm.Shared.Kernel.CustomFields;
using Mediator;

namespace Crm.Modules.Contacts.Features.PreviewImport;

internal sealed record PreviewProblem(string Column, string Reason);

/// <summary>What a row would do, the contact it would be as read through the mapping, and its cells as the file has them.</summary>
internal sealed record PreviewRow(
    int Line,
    RowAction Action,
    string? FirstName,
    string? LastName,
    string? Email,
    string? Phone,
    Guid? MatchedContactId,
    IReadOnlyList<PreviewProblem> Problems,
    IReadOnlyList<string> Cells);

internal sealed record ImportPreviewResponse(IReadOnlyList<PreviewRow> Rows, int Create, int Update, int Skip, int Fail);

/// <summary>A dry run over the first rows of an uploaded import: nothing is saved.</summary>
internal sealed record PreviewImport(Guid Id, ImportSettingsRequest Settings) : IQuery<Result<ImportPreviewResponse>>
{
    public const int Rows = 100;
}

internal sealed class PreviewImportHandler(
    ContactsDbContext db, ImportFiles files, ImportCompanies companies, ImportMatches matches, ImportUniqueValues uniqueValues, PhoneNumberReader phones, CustomFieldCatalog customFields, CustomFieldValueReader customValues,
    IRecordVisibility visibility, ICurrentUser currentUser)
    : IQueryHandler<PreviewImport, Result<ImportPreviewResponse>>
{
    public async ValueTask<Result<ImportPreviewResponse>> Handle(PreviewImport query, CancellationToken cancellationToken)
    {
        var import = await db.FindAsync(query.Id, currentUser, cancellationToken);
        if (import is null)
        {
            return ImportErrors.NotFound(query.Id);
        }

        if (import.Status != ImportStatus.Uploaded)
        {
            return ImportErrors.FileGone(query.Id);
        }

        var settings = query.Settings.Read(import);
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

        List<ImportRow> rows;
        await using (var file = await files.OpenAsync(import.Id, cancellationToken))
        {
            try
            {
                rows = [.. ImportFileReader.ReadRows(file, ImportShape.Of(import)).Take(PreviewImport.Rows)];
            }
            catch (InvalidDataException ex)
            {
                return Error.Validation("import.unreadable_file", ex.Message);
            }
        }

        var visible = await visibility.ForCurrentUserAsync(RecordTypes.Contacts, cancellationToken);
        var reader = new ImportRowReader(phones, customValues, customFieldsInUse, import.Headers, settings.Value);
        var companyIds = await companies.ResolveAsync(reader.CompanyNames(rows), currentUser.Id, visible, import: null, cancellationToken);
        var read = rows.Select(r => reader.Read(r, companyIds)).ToList();
        var found = await matches.FindAsync(settings.Value, ImportPlan.Keys(read.Select(r => r.Row), settings.Value), visible, track: false, cancellationToken);
        var decisions = await uniqueValues.RefuseTakenAsync(ImportPlan.Decide(read, settings.Value, found), settings.Value, customFieldsInUse, import.Headers, cancellationToken);
        var cells = rows.ToDictionary(r => r.Line, r => r.Values);
        var language = (await currentUser.GetPreferencesAsync(cancellationToken)).Language;
        var preview = decisions.Select(d => new PreviewRow(
            d.Line,
            d.Action,
            d.Row?.Values.FirstName,
            d.Row?.Values.LastName,
            d.Row?.Values.Emails is [var email, ..] ? email.Address : null,
            d.Row?.Values.Phones is [var phone, ..] ? PhoneNumberReader.International(phone.Number) : null,
            d.Match?.Id.Value,
            [.. d.Problems.Select(p => new PreviewProblem(p.Column, p.Reason.In(language)))],
            cells[d.Line])).ToList();
        return new ImportPreviewResponse(
            preview, Count(RowAction.Create), Count(RowAction.Update), Count(RowAction.Skip), Count(RowAction.Fail));

        int Count(RowAction action) => decisions.Count(d => d.Action == action);
    }
}
