namespace Crm.Modules.SalesPipeline.Domain.Onboarding;

/// <summary>A task of an onboarding template: due <see cref="OffsetDays"/> after the win, for <see cref="AssigneeId"/> or, when null, the deal's owner.</summary>
internal sealed record OnboardingStep(string Title, int OffsetDays, Guid? AssigneeId);
