namespace Crm.Modules.Contacts.Features.Common;

/// <summary>A value given or not, where null is a value (a field cleared).</summary>
internal readonly record struct Optional<T>(T Value)
{
    public bool HasValue { get; } = true;
}
