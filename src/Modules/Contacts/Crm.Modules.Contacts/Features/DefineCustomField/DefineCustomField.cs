using Crm.Modules.Contacts.Persistence;
using Crm.Shared.Infrastructure.CustomFields;
using Crm.Shared.Kernel;
using Crm.Shared.Kernel.CustomFields;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Crm.Modules.Contacts.Features.DefineCustomField;

/// <summary>Adds a custom field to contacts or companies. Without a key, one is made from the label.</summary>
internal sealed record DefineCustomField(CustomFieldEntity Entity, string? Key, CustomFieldType Type, CustomFieldSettings Settings) : ICommand<Result<CustomFieldResponse>>;

internal sealed class DefineCustomFieldHandler(ContactsDbContext db, TimeProvider time) : ICommandHandler<DefineCustomField, Result<CustomFieldResponse>>
{
    public async ValueTask<Result<CustomFieldResponse>> Handle(DefineCustomField command, CancellationToken cancellationToken)
    {
        if (command.Entity is not (CustomFieldEntity.Contact or CustomFieldEntity.Company))
        {
            return Error.Validation("custom_field.entity_elsewhere", "Contacts and companies take their custom fields here; deals take theirs at /api/v1/deal-custom-fields.");
        }

        var existing = await db.CustomFields.Where(f => f.Entity == command.Entity).Select(f => new { f.Key, f.Position }).ToListAsync(cancellationToken);
        if (existing.Count >= CustomFieldDefinition.MaxFieldsPerEntity)
        {
            return CustomFieldErrors.TooMany(command.Entity);
        }

        var taken = existing.Select(f => f.Key).ToHashSet(StringComparer.Ordinal);
        var key = command.Key?.Trim() is { Length: > 0 } given ? given : CustomFieldKey.Free(CustomFieldKey.FromLabel(command.Settings.Label ?? string.Empty), taken);
        if (taken.Contains(key))
        {
            return CustomFieldErrors.KeyTaken(command.Entity, key);
        }

        var settings = command.Settings with { Position = command.Settings.Position ?? (existing.Count == 0 ? 0 : existing.Max(f => f.Position) + 1) };
        var field = CustomFieldDefinition.Define(command.Entity, key, command.Type, settings, time.GetUtcNow());
        if (!field.IsSuccess)
        {
            return field.Error;
        }

        db.CustomFields.Add(field.Value);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // Another administrator took the key between the check and the save.
            return CustomFieldErrors.KeyTaken(command.Entity, key);
        }

        return CustomFieldResponse.From(field.Value);
    }
}
