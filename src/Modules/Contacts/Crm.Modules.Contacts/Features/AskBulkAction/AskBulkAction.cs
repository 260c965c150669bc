using System.Text.Json;
using System.Text.Json.Nodes;
using Crm.Modules.Contacts.Domain.BulkActions;
using Crm.Modules.Contacts.Domain.Common;
using Crm.Modules.Contacts.Domain.Contacts;
using Crm.Modules.Contacts.Domain.CustomFields;
using Crm.Modules.Contacts.Features.BulkActions;
using Crm.Modules.Contacts.Features.Common;
using Crm.Modules.Contacts.Features.CustomFields;
using Crm.Modules.Contacts.Features.Filters;
using Crm.Modules.Contacts.Persistence;
using Crm.Modules.Identity.Contracts;
using Crm.Shared.Kernel;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Crm.Modules.Contacts.Features.AskBulkAction;

/// <summary>
/// Asks for a change to many contacts: the ticked ones (<see cref="ContactIds"/>) or all those a list shows (search,
/// filters, segment), within what the caller sees now. Checked here, run by the background worker.
/// </summary>
internal sealed record AskBulkAction(
    BulkActionKind Action, Guid? OwnerId, string? Tag, string? Field, JsonElement? Value, IReadOnlyList<Guid>? ContactIds, string? Q, IReadOnlyList<string>? Filters, Guid? Segment)
    : ICommand<Result<BulkActionResponse>>;

internal sealed class AskBulkActionHandler(
    ContactsDbContext db,
    ContactSelection selection,
    StoredFilters storedFilters,
    CustomFieldCatalog customFields,
    CustomFieldValueReader values,
    IRecordVisibility visibility,
    IUserDirectory directory,
    ICurrentUser currentUser,
    WorkSignal<BulkActionWorker> signal,
    TimeProvider time) : ICommandHandler<AskBulkAction, Result<BulkActionResponse>>
{
    public const int MaxTickedContacts = 1000;

    public async ValueTask<Result<BulkActionResponse>> Handle(AskBulkAction command, CancellationToken cancellationToken)
    {
        var what = await WhatAsync(command, cancellationToken);
        if (!what.IsSuccess)
        {
            return what.Error;
        }

        var ids = command.ContactIds ?? [];
        if (ids.Count > MaxTickedContacts)
        {
            return Error.Validation("bulk.too_many_contacts", $"Tick at most {MaxTickedContacts} contacts, or act on the whole list (its search and filters) instead.");
        }

        var filters = await storedFilters.ReadAsync(command.Filters, cancellationToken);
        if (!filters.IsSuccess)
        {
            return filters.Error;
        }

        var contacts = await selection.SelectAsync(command.Q, command.Filters, command.Segment, cancellationToken);
        if (!contacts.IsSuccess)
        {
            return contacts.Error;
        }

        var selected = contacts.Value;
        if (ids.Count > 0)
        {
            var ticked = ids.Select(i => new ContactId(i)).ToList();
            selected = selected.Where(c => ticked.Contains(c.Id));
        }

        var total = await selected.CountAsync(cancellationToken);
        var seen = await visibility.ForCurrentUserAsync(RecordTypes.Contacts, cancellationToken);
        var frozen = new BulkActionSelection
        {
            ContactIds = [.. ids.Distinct()],
            Search = string.IsNullOrWhiteSpace(command.Q) ? null : command.Q.Trim(),
            Filters = [.. filters.Value],
            SegmentId = command.Segment,
            SeenEveryone = seen.Everyone,
            SeenOwnerIds = [.. seen.OwnerIds],
        };
        var action = BulkAction.Ask(currentUser.Id, command.Action, what.Value.Field, what.Value.Value, frozen, total, time.GetUtcNow());
        db.BulkActions.Add(action);
        await db.SaveChangesAsync(cancellationToken);
        signal.Notify();
        return BulkActionResponse.From(action);
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
                return await FieldValueAsync(command.Field, command.Value, cancellationToken);
            case BulkActionKind.Delete:
                return (null, null);
            default:
                return Error.Validation("bulk.action_unknown", "Choose the action: AssignOwner, AddTag, RemoveTag, SetField or Delete.");
        }
    }

    private async Task<Result<(string? Field, string? Value)>> FieldValueAsync(string? field, JsonElement? value, CancellationToken cancellationToken)
    {
        var given = value is { ValueKind: not (JsonValueKind.Null or JsonValueKind.Undefined) } v ? v : (JsonElement?)null;
        if (field == BulkChange.LifecycleStageField)
        {
            return given is { ValueKind: JsonValueKind.String } s && Enum.TryParse<LifecycleStage>(s.GetString(), ignoreCase: true, out var stage) && Enum.IsDefined(stage)
                ? (field, JsonValue.Create(stage.ToString()).ToJsonString())
                : Error.Validation("bulk.value_invalid", $"A lifecycle stage is one of {string.Join(", ", Enum.GetNames<LifecycleStage>())}.");
        }

        if (field == BulkChange.SourceField)
        {
            var source = given is { ValueKind: JsonValueKind.String } s ? s.GetString()?.Trim() : null;
            return source?.Length > ContactDetails.SourceMaxLength
                ? Error.Validation("bulk.value_invalid", $"A source holds at most {ContactDetails.SourceMaxLength} characters.")
                : (field, string.IsNullOrEmpty(source) ? null : JsonValue.Create(source).ToJsonString());
        }

        var key = field?.StartsWith(ContactListFields.CustomPrefix, StringComparison.Ordinal) == true ? field[ContactListFields.CustomPrefix.Length..] : null;
        var definition = (await customFields.ForAsync(CustomFieldEntity.Contact, cancellationToken)).FirstOrDefault(d => d.Key == key && !d.IsRetired);
        if (definition is null)
        {
            return Error.Validation("bulk.field_unknown", $"'{field}' cannot be set in bulk: use lifecycleStage, source or cf.<key> of a custom field in use.");
        }

        if (definition.IsUnique)
        {
            return Error.RuleBroken("bulk.field_unique", $"'{definition.Label}' is unique: one value cannot be given to many contacts.");
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
