using System.Text.Json.Nodes;
using Crm.Modules.Contacts.Domain.BulkActions;
using Crm.Modules.Contacts.Domain.Companies;
using Crm.Modules.Contacts.Domain.Contacts;
using Crm.Modules.Contacts.Features.Common;
using Crm.Modules.Contacts.Features.Filters;
using Crm.Modules.Contacts.Persistence;
using Crm.Shared.Kernel;

namespace Crm.Modules.Contacts.Features.BulkActions;

/// <summary>
/// What a bulk action does to one contact or company, through the record's own methods, so each change raises the
/// events a change by hand would (updated with its fields, owner changed, deleted). Whether the record changed is answered.
/// </summary>
internal sealed class BulkChange(ContactsDbContext db)
{
    public const string LifecycleStageField = "lifecycleStage";
    public const string SourceField = "source";

    public async Task<bool> ApplyAsync(BulkAction action, Contact contact, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var before = contact.DomainEvents.Count;
        switch (action.Kind)
        {
            case BulkActionKind.AssignOwner:
                contact.AssignOwner(Guid.Parse(action.Value!), now);
                break;
            case BulkActionKind.AddTag when !contact.Tags.Contains(action.Value!, StringComparer.OrdinalIgnoreCase):
                Update(contact, CurrentDetails.Of(contact, tags: [.. contact.Tags, action.Value!]), now);
                break;
            case BulkActionKind.RemoveTag when contact.Tags.Contains(action.Value!, StringComparer.OrdinalIgnoreCase):
                Update(contact, CurrentDetails.Of(contact, tags: [.. contact.Tags.Where(t => !string.Equals(t, action.Value, StringComparison.OrdinalIgnoreCase))]), now);
                break;
            case BulkActionKind.SetField:
                SetField(action, contact, now);
                break;
            case BulkActionKind.Delete:
                await ContactRemoval.RemoveAsync(db, contact, now, cancellationToken);
                return true;
        }

        return contact.DomainEvents.Count > before;
    }

    public async Task<bool> ApplyAsync(BulkAction action, Company company, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var before = company.DomainEvents.Count;
        switch (action.Kind)
        {
            case BulkActionKind.AssignOwner:
                company.AssignOwner(Guid.Parse(action.Value!), now);
                break;
            case BulkActionKind.AddTag when !company.Tags.Contains(action.Value!, StringComparer.OrdinalIgnoreCase):
                Update(company, CurrentDetails.Of(company, tags: [.. company.Tags, action.Value!]), now);
                break;
            case BulkActionKind.RemoveTag when company.Tags.Contains(action.Value!, StringComparer.OrdinalIgnoreCase):
                Update(company, CurrentDetails.Of(company, tags: [.. company.Tags.Where(t => !string.Equals(t, action.Value, StringComparison.OrdinalIgnoreCase))]), now);
                break;
            case BulkActionKind.SetField:
                var key = action.Field![CompanyListFields.CustomPrefix.Length..];
                var value = action.Value is null ? null : JsonNode.Parse(action.Value);
                var current = CurrentDetails.Of(company);
                if (current.IsSuccess)
                {
                    Update(company, current.Value.WithCustomFields(company.CustomFields.With(key, value)), now);
                }

                break;
            case BulkActionKind.Delete:
                // A parent company is refused by hand; in bulk it is left for now (BulkActionJob deletes it at the end when
                // the action has deleted its subsidiaries).
                if (await CompanyRemoval.HasSubsidiariesAsync(db, company.Id, cancellationToken))
                {
                    return false;
                }

                await CompanyRemoval.RemoveAsync(db, company, now, cancellationToken);
                return true;
        }

        return company.DomainEvents.Count > before;
    }

    private static void Update(Company company, Result<CompanyDetails> details, DateTimeOffset now)
    {
        if (details.IsSuccess)
        {
            company.Update(details.Value, company.ParentCompanyId, now);
        }
    }

    private static void SetField(BulkAction action, Contact contact, DateTimeOffset now)
    {
        var value = action.Value is null ? null : JsonNode.Parse(action.Value);
        switch (action.Field)
        {
            case LifecycleStageField:
                Update(contact, CurrentDetails.Of(contact, stage: Enum.Parse<LifecycleStage>(value!.GetValue<string>())), now);
                break;
            case SourceField:
                Update(contact, CurrentDetails.Of(contact, source: new Optional<string?>(value?.GetValue<string>())), now);
                break;
            default:
                var key = action.Field![ContactListFields.CustomPrefix.Length..];
                var current = CurrentDetails.Of(contact);
                if (current.IsSuccess)
                {
                    contact.Update(current.Value.WithCustomFields(contact.CustomFields.With(key, value)), now);
                }

                break;
        }
    }

    // A contact whose stored details no longer pass today's checks is left as it is rather than half-changed.
    private static void Update(Contact contact, Result<ContactDetails> details, DateTimeOffset now)
    {
        if (details.IsSuccess)
        {
            contact.Update(details.Value, now);
        }
    }
}
