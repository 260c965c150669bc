using Crm.Modules.SalesPipeline.Features.DealCustomFields;
using Crm.Modules.SalesPipeline.Persistence;
using Crm.Shared.Infrastructure.CustomFields;
using Crm.Shared.Kernel;
using Crm.Shared.Kernel.CustomFields;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Crm.Modules.SalesPipeline.Features.DefineDealCustomField;

/// <summary>Adds a custom field to deals. Without a key, one is made from the label.</summary>
internal sealed record DefineDealCustomField(string? Key, CustomFieldType Type, CustomFieldSettings Settings) : ICommand<Result<CustomFieldResponse>>;

internal sealed class DefineDealCustomFieldHandler(SalesDbContext db, TimeProvider time) : ICommandHandler<DefineDealCustomField, Result<CustomFieldResponse>>
{
    public async ValueTask<Result<CustomFieldResponse>> Handle(DefineDealCustomField command, CancellationToken cancellationToken)
    {
        var allowed = DealCustomFieldRules.Check(command.Settings);
        if (!allowed.IsSuccess)
        {
            return allowed.Error!;
        }

        var existing = await db.DealCustomFields.Select(f => new { f.Key, f.Position }).ToListAsync(cancellationToken);
        if (existing.Count >= CustomFieldDefinition.MaxFieldsPerEntity)
        {
            return CustomFieldErrors.TooMany(CustomFieldEntity.Deal);
        }

        var taken = existing.Select(f => f.Key).ToHashSet(StringComparer.Ordinal);
        var key = command.Key?.Trim() is { Length: > 0 } given ? given : CustomFieldKey.Free(CustomFieldKey.FromLabel(command.Settings.Label ?? string.Empty), taken);
        if (taken.Contains(key))
        {
            return CustomFieldErrors.KeyTaken(CustomFieldEntity.Deal, key);
        }

        var settings = command.Settings with { Position = command.Settings.Position ?? (existing.Count == 0 ? 0 : existing.Max(f => f.Position) + 1) };
        var field = CustomFieldDefinition.Define(CustomFieldEntity.Deal, key, command.Type, settings, time.GetUtcNow());
        if (!field.IsSuccess)
        {
            return field.Error!;
        }

        db.DealCustomFields.Add(field.Value);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // Another administrator took the key between the check and the save.
            return CustomFieldErrors.KeyTaken(CustomFieldEntity.Deal, key);
        }

        return CustomFieldResponse.From(field.Value);
    }
}
