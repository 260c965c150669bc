namespace Crm.Shared.Kernel;

/// <summary>Typed ids wrap a time-ordered <see cref="Guid"/> (version 7), so new rows append to indexes.</summary>
public interface ITypedId
{
    Guid Value { get; }
}

public static class TypedId
{
    public static Guid NewValue() => Guid.CreateVersion7();
}
