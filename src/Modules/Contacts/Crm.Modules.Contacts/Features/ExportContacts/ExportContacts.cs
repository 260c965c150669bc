using Crm.Modules.Contacts.Domain.Exports;
using Crm.Modules.Contacts.Features.Search;
using Crm.Modules.Contacts.Persistence;
using Crm.Modules.Identity.Contracts;
using Crm.Shared.Kernel;
using FluentValidation;
using Mediator;

namespace Crm.Modules.Contacts.Features.ExportContacts;

/// <summary>What an export will hold: the contacts the caller sees, narrowed by <see cref="Search"/>; recorded for the audit trail before a byte is sent.</summary>
internal sealed record ContactsToExport(ExportFormat Format, string? Search, VisibleOwners Visible, int Count);

/// <summary>Exports the contacts the caller sees (all, or those a search finds) as CSV, an Excel workbook or vCards.</summary>
internal sealed record ExportContacts(ExportFormat Format, string? Search) : ICommand<Result<ContactsToExport>>;

internal sealed class ExportContactsValidator : AbstractValidator<ExportContacts>
{
    public ExportContactsValidator() => RuleFor(e => e.Search).MaximumLength(SearchQuery.MaxLength);
}

internal sealed class ExportContactsHandler(ContactsDbContext db, ExportRows rows, IRecordVisibility visibility, ICurrentUser currentUser, TimeProvider time)
    : ICommandHandler<ExportContacts, Result<ContactsToExport>>
{
    public async ValueTask<Result<ContactsToExport>> Handle(ExportContacts command, CancellationToken cancellationToken)
    {
        var visible = await visibility.ForCurrentUserAsync(RecordTypes.Contacts, cancellationToken);
        var search = string.IsNullOrWhiteSpace(command.Search) ? null : command.Search.Trim();
        var count = await rows.CountAsync(search, visible, cancellationToken);
        db.Exports.Add(ContactExport.Record(currentUser.Id, command.Format.ToString(), search, count, time.GetUtcNow()));
        await db.SaveChangesAsync(cancellationToken);
        return new ContactsToExport(command.Format, search, visible, count);
    }
}
