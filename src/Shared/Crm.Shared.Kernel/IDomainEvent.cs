namespace Crm.Shared.Kernel;

/// <summary>Something that happened inside an aggregate, named in the past tense.</summary>
public interface IDomainEvent
{
    DateTimeOffset OccurredAtUtc { get; }
}
