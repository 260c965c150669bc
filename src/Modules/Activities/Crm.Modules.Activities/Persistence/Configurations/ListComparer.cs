using Microsoft.EntityFrameworkCore.ChangeTracking;

namespace Crm.Modules.Activities.Persistence.Configurations;

/// <summary>Change tracking for a list of records stored as one column: equal when the items are, in order.</summary>
internal static class ListComparer
{
    public static ValueComparer<IReadOnlyList<T>> For<T>() => new(
        (a, b) => a!.SequenceEqual(b!),
        v => v.Aggregate(0, (hash, item) => HashCode.Combine(hash, item)),
        v => v.ToList());
}
