using Crm.Shared.Kernel;
using Crm.Shared.Kernel.CustomFields;
using Microsoft.EntityFrameworkCore;

namespace Crm.Shared.Infrastructure.CustomFields;

public static class CustomFieldDefining
{
    /// <summary>
    /// Adds a custom field to <paramref name="entity"/> in the definitions table of a module's context: at most
    /// <see cref="CustomFieldDefinition.MaxFieldsPerEntity"/> per entity, a free key (given, or made from the label), placed
    /// after the last field unless a position is given.
    /// </summary>
    public static async Task<Result<CustomFieldDefinition>> DefineAsync(
        DbContext db, CustomFieldEntity entity, string? key, CustomFieldType type, CustomFieldSettings settings, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var definitions = db.Set<CustomFieldDefinition>();
        var existing = await definitions.Where(f => f.Entity == entity).Select(f => new { f.Key, f.Position }).ToListAsync(cancellationToken);
        if (existing.Count >= CustomFieldDefinition.MaxFieldsPerEntity)
        {
            return CustomFieldErrors.TooMany(entity);
        }

        var taken = existing.Select(f => f.Key).ToHashSet(StringComparer.Ordinal);
        var chosen = key?.Trim() is { Length: > 0 } given ? given : CustomFieldKey.Free(CustomFieldKey.FromLabel(settings.Label ?? string.Empty), taken);
        if (taken.Contains(chosen))
        {
            return CustomFieldErrors.KeyTaken(entity, chosen);
        }

        var placed = settings with { Position = settings.Position ?? (existing.Count == 0 ? 0 : existing.Max(f => f.Position) + 1) };
        var field = CustomFieldDefinition.Define(entity, chosen, type, placed, now);
        if (!field.IsSuccess)
        {
            return field.Error!;
        }

        definitions.Add(field.Value);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // Another administrator took the key between the check and the save.
            return CustomFieldErrors.KeyTaken(entity, chosen);
        }

        return field.Value;
    }
}
