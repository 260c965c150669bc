using Crm.Modules.Contacts.Domain.Common;
using Crm.Modules.Contacts.Domain.Contacts;
using Crm.Modules.Contacts.Features.CustomFields;
using Crm.Modules.Contacts.Features.Exports;
using Crm.Modules.Contacts.Features.Filters;
using Crm.Modules.Contacts.Features.Search;
using Crm.Modules.Identity.Contracts;
using Crm.Shared.Kernel;
using Crm.Shared.Kernel.CustomFields;
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

internal sealed class ExportContactsHandler(ContactSelection selection, CustomFieldCatalog customFields, ExportAudit audit, ICurrentUser currentUser)
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
        await audit.RecordAsync(RecordKind.Contact, command.Format, search, command.Filters, command.SegmentId, count, cancellationToken);
        return new ContactsToExport(command.Format, contacts.Value, count, new ExportLayout(
            await customFields.ForAsync(CustomFieldEntity.Contact, cancellationToken), (await currentUser.GetPreferencesAsync(cancellationToken)).Language));
    }
}
