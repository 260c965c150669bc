using Crm.Modules.Contacts.Domain.Contacts;
using Crm.Modules.Contacts.Domain.CustomFields;
using Crm.Modules.Contacts.Domain.Exports;
using Crm.Modules.Contacts.Features.CustomFields;
using Crm.Modules.Contacts.Features.Filters;
using Crm.Modules.Contacts.Features.Search;
using Crm.Modules.Contacts.Persistence;
using Crm.Modules.Identity.Contracts;
using Crm.Shared.Kernel;
using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Crm.Modules.Contacts.Features.ExportContacts;

/// <summary>What an export will hold: recorded for the audit trail before a byte is sent.</summary>
internal sealed record ContactsToExport(ExportFormat Format, IQueryable<Contact> Contacts, int Count, ExportLayout Layout);

/// <summary>
/// Exports the contacts the caller sees as CSV, an Excel workbook or vCards: all of them, or a segment's, narrowed by a
/// search and filters as the contact list takes them.
/// </summary>
internal sealed record ExportContacts(ExportFormat Format, string? Search, IReadOnlyList<string>? Filters = null, Guid? SegmentId = null) : ICommand<Result<ContactsToExport>>;

internal sealed class ExportContactsValidator : AbstractValidator<ExportContacts>
{
    public ExportContactsValidator() => RuleFor(e => e.Search).MaximumLength(SearchQuery.MaxLength);
}

internal sealed class ExportContactsHandler(ContactsDbContext db, ContactSelection selection, CustomFieldCatalog customFields, ICurrentUser currentUser, TimeProvider time)
    : ICommandHandler<ExportContacts, Result<ContactsToExport>>
{
    public async ValueTask<Result<ContactsToExport>> Handle(ExportContacts command, CancellationToken cancellationToken)
    {
        var search = string.IsNullOrWhiteSpace(command.Search) ? null : command.Search.Trim();
        var contacts = await selection.SelectAsync(search, command.Filters, command.SegmentId, cancellationToken);
        if (!contacts.IsSuccess)
        {
            return contacts.Error;
        }

        var count = await contacts.Value.CountAsync(cancellationToken);
        db.Exports.Add(ContactExport.Record(currentUser.Id, command.Format.ToString(), Describe(search, command.Filters, command.SegmentId), count, time.GetUtcNow()));
        await db.SaveChangesAsync(cancellationToken);
        return new ContactsToExport(command.Format, contacts.Value, count, new ExportLayout(await customFields.ForAsync(CustomFieldEntity.Contact, cancellationToken)));
    }

    /// <summary>What narrowed the export, as the audit trail keeps it: segment, search and filters.</summary>
    private static string? Describe(string? search, IReadOnlyList<string>? filters, Guid? segmentId)
    {
        IEnumerable<string> parts = [.. segmentId is { } s ? [$"segment={s}"] : Array.Empty<string>(), .. search is null ? [] : new[] { $"q={search}" }, .. (filters ?? []).Select(f => $"filter={f}")];
        var described = string.Join(' ', parts);
        return described.Length == 0 ? null : described.Length <= ContactExport.QueryMaxLength ? described : described[..(ContactExport.QueryMaxLength - 1)] + "…";
    }
}
