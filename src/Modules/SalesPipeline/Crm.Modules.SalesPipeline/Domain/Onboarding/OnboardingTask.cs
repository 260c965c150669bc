namespace Crm.Modules.SalesPipeline.Domain.Onboarding;

/// <summary>A task of a won deal's onboarding: what, by when, by whom, and when it was done.</summary>
internal sealed record OnboardingTask(string Title, DateOnly DueDate, Guid AssigneeId, DateTimeOffset? DoneAtUtc);
