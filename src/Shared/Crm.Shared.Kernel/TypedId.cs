namespace Crm.Shared.Kernel;

/// <summary>Typed ids wrap a time-ordered <see cref="Guid"/> (version 7), so new rows append to indexes.</summary>
public interface ITypedId
{
    Guid Value { get; }
}

public static class TypedId
{
    /// <summary>
    /// A version 7 id greater than every id this process made before, even within one millisecond
    /// (<see cref="Guid.CreateVersion7()"/> is random there), so "newest first" pages by id keep the order of creation.
    /// </summary>
    public static Guid NewValue() => UUIDNext.Uuid.NewSequential();
}
