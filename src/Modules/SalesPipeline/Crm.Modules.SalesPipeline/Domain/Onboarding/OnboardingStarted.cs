using Crm.Shared.Kernel;

namespace Crm.Modules.SalesPipeline.Domain.Onboarding;

internal sealed record OnboardingStarted(Guid ChecklistId, Guid DealId, string TemplateName, IReadOnlyList<OnboardingTask> Tasks, DateTimeOffset OccurredAtUtc) : IDomainEvent;
