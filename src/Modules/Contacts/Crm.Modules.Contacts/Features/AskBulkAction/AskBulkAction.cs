using System.Text.Json;
using System.Text.Json.Nodes;
using Crm.Modules.Contacts.Domain.BulkActions;
using Crm.Modules.Contacts.Domain.Common;
using Crm.Modules.Contacts.Domain.Companies;
using Crm.Modules.Contacts.Domain.Contacts;
using Crm.Modules.Contacts.Features.BulkActions;
using Crm.Modules.Contacts.Features.Common;
using Crm.Modules.Contacts.Features.CustomFields;
using Crm.Modules.Contacts.Features.Filters;
using Crm.Modules.Contacts.Persistence;
using Crm.Modules.Identity.Contracts;
using Crm.Shared.Infrastructure.CustomFields;
using Crm.Shared.Kernel;
using Crm.Shared.Kernel.CustomFields;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Crm.Modules.Contacts.Features.AskBulkAction;

/// <summary>
/// Asks for a change to many contacts or companies (<see cref="Records"/>): the ticked ones (<see cref="Ids"/>) or all
/// those a list shows (search, filters, and a segment for contacts), within what the caller sees now. Checked here, run
/// by the background worker.
/// </summary>
internal sealed record AskBulkAction(
    RecordKind Records,
    BulkActionKind Action,
    Guid? OwnerId,
    string? Tag,
    string? Field,
    JsonElement? Value,
    IReadOnlyList<Guid>? Ids,
    string? Q,
    IReadOnlyList<string>? Filters,
    Guid? Segment)
    : ICommand<Result<BulkActionResponse>>;

internal sealed class AskBulkActionHandler(
    ContactsDbContext db,
    ContactSelection contactSelection,
    CompanySelection companySelection,
    StoredFilters storedFilters,
    CustomFieldCatalog customFields,
    CustomFieldValueReader values,
    IRecordVisibility visibility,
    IUserDirectory directory,
    ICurrentUser currentUser,
    WorkSignal<BulkActionWorker> signal,
    TimeProvider time) : ICommandHandler<AskBulkAction, Result<BulkActionResponse>>
{
    public const int MaxTicked = 1000;

    public async ValueTask<Result<BulkActionResponse>> Handle(AskBulkAction command, CancellationToken cancellationToken)
    {
        var what = await WhatAsync(command, cancellationToken);
        if (!what.IsSuccess)
        {
            return what.Error;
        }

        var ids = command.Ids ?? [];
        if (ids.Count > MaxTicked)
        {
            return command.Records == RecordKind.Company
                ? Error.Validation("bulk.too_many_companies", $"Tick at most {MaxTicked} companies, or act on the whole list (its search and filters) instead.")
                : Error.Validation("bulk.too_many_contacts", $"Tick at most {MaxTicked} contacts, or act on the whole list (its search and filters) instead.");
        }

        var filters = await storedFilters.ReadAsync(command.Records, command.Filters, cancellationToken);
        if (!filters.IsSuccess)
        {
            return filters.Error;
        }

        var total = command.Records == RecordKind.Company ? await CountCompaniesAsync(command, ids, cancellationToken) : await CountContactsAsync(command, ids, cancellationToken);
        if (!total.IsSuccess)
        {
            return total.Error;
        }

        var seen = await visibility.ForCurrentUserAsync(command.Records == RecordKind.Company ? RecordTypes.Companies : RecordTypes.Contacts, cancellationToken);
        var frozen = new BulkActionSelection
        {
            RecordIds = [.. ids.Distinct()],
            Search = string.IsNullOrWhiteSpace(command.Q) ? null : command.Q.Trim(),
            Filters = [.. filters.Value],
            SegmentId = command.Records == RecordKind.Contact ? command.Segment : null,
            SeenEveryone = seen.Everyone,
            SeenOwnerIds = [.. seen.OwnerIds],
        };
        var action = BulkAction.Ask(currentUser.Id, command.Records, command.Action, what.Value.Field, what.Value.Value, frozen, total.Value, time.GetUtcNow());
        db.BulkActions.Add(action);
        await db.SaveChangesAsync(cancellationToken);
        signal.Notify();
        return BulkActionResponse.From(action);
    }

    private async Task<Result<int>> CountContactsAsync(AskBulkAction command, IReadOnlyList<Guid> ids, CancellationToken cancellationToken)
    {
        var contacts = await contactSelection.SelectAsync(command.Q, command.Filters, command.Segment, cancellationToken);
        if (!contacts.IsSuccess)
        {
            return contacts.Error;
        }

        var ticked = ids.Select(i => new ContactId(i)).ToList();
        return await (ids.Count > 0 ? contacts.Value.Where(c => ticked.Contains(c.Id)) : contacts.Value).CountAsync(cancellationToken);
    }

    private async Task<Result<int>> CountCompaniesAsync(AskBulkAction command, IReadOnlyList<Guid> ids, CancellationToken cancellationToken)
    {
        var companies = await companySelection.SelectAsync(command.Q, command.Filters, cancellationToken);
        if (!companies.IsSuccess)
        {
            return companies.Error;
        }

        var ticked = ids.Select(i => new CompanyId(i)).ToList();
        return await (ids.Count > 0 ? companies.Value.Where(c => ticked.Contains(c.Id)) : companies.Value).CountAsync(cancellationToken);
    }

    /// <summary>The action's field and value, checked now so that the worker never meets a wrong one.</summary>
    private async Task<Result<(string? Field, string? Value)>> WhatAsync(AskBulkAction command, CancellationToken cancellationToken)
    {
        switch (command.Action)
        {
            case BulkActionKind.AssignOwner:
                return command.OwnerId is { } owner && await directory.IsActiveUserAsync(owner, cancellationToken)
                    ? (null, owner.ToString())
                    : Error.Validation("bulk.owner_unknown", "Give the id of an active user as ownerId.");
            case BulkActionKind.AddTag or BulkActionKind.RemoveTag:
                var tag = Tags.Normalise(command.Tag);
                return tag.Length is > 0 and <= Tags.MaxLength
                    ? (null, tag)
                    : Error.Validation("bulk.tag_invalid", $"Give a tag of 1 to {Tags.MaxLength} characters.");
            case BulkActionKind.SetField:
                return await FieldValueAsync(command.Records, command.Field, command.Value, cancellationToken);
            case BulkActionKind.Delete:
                return (null, null);
            default:
                return Error.Validation("bulk.action_unknown", "Choose the action: AssignOwner, AddTag, RemoveTag, SetField or Delete.");
        }
    }

    private async Task<Result<(string? Field, string? Value)>> FieldValueAsync(RecordKind records, string? field, JsonElement? value, CancellationToken cancellationToken)
    {
        var given = value is { ValueKind: not (JsonValueKind.Null or JsonValueKind.Undefined) } v ? v : (JsonElement?)null;
        var contacts = records == RecordKind.Contact;
        if (contacts && field == BulkChange.LifecycleStageField)
        {
            return given is { ValueKind: JsonValueKind.String } s && Enum.TryParse<LifecycleStage>(s.GetString(), ignoreCase: true, out var stage) && Enum.IsDefined(stage)
                ? (field, JsonValue.Create(stage.ToString()).ToJsonString())
                : Error.Validation("bulk.value_invalid", $"A lifecycle stage is one of {string.Join(", ", Enum.GetNames<LifecycleStage>())}.");
        }

        if (contacts && field == BulkChange.SourceField)
        {
            var source = given is { ValueKind: JsonValueKind.String } s ? s.GetString()?.Trim() : null;
            return source?.Length > ContactDetails.SourceMaxLength
                ? Error.Validation("bulk.value_invalid", $"A source holds at most {ContactDetails.SourceMaxLength} characters.")
                : (field, string.IsNullOrEmpty(source) ? null : JsonValue.Create(source).ToJsonString());
        }

        var key = field?.StartsWith(ContactListFields.CustomPrefix, StringComparison.Ordinal) == true ? field[ContactListFields.CustomPrefix.Length..] : null;
        var entity = contacts ? CustomFieldEntity.Contact : CustomFieldEntity.Company;
        var definition = (await customFields.ForAsync(entity, cancellationToken)).FirstOrDefault(d => d.Key == key && !d.IsRetired);
        if (definition is null)
        {
            return Error.Validation("bulk.field_unknown", contacts
                ? $"'{field}' cannot be set in bulk: use lifecycleStage, source or cf.<key> of a custom field in use."
                : $"'{field}' cannot be set in bulk: use cf.<key> of a company custom field in use.");
        }

        if (definition.IsUnique)
        {
            return Error.RuleBroken("bulk.field_unique", $"'{definition.Label}' is unique: one value cannot be given to many {(contacts ? "contacts" : "companies")}.");
        }

        var read = given is { } element ? values.Read(definition, element) : Result<JsonNode?>.Success(null);
        if (!read.IsSuccess)
        {
            return read.Error;
        }

        if (read.Value is null && definition.IsRequired)
        {
            return Error.Validation("bulk.value_required", $"'{definition.Label}' is required: it cannot be cleared.");
        }

        return (field, read.Value?.ToJsonString());
    }
}
