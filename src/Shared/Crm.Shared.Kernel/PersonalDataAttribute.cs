namespace Crm.Shared.Kernel;

/// <summary>
/// Marks a property that holds personal data (GDPR): subject access exports include it and erasure removes or
/// anonymises it. Every module declares its personal data with this attribute.
/// </summary>
[AttributeUsage(AttributeTargets.Property, Inherited = true)]
public sealed class PersonalDataAttribute : Attribute;
