using Crm.Shared.Kernel;

namespace Crm.Modules.SalesPipeline.Domain.Onboarding;

internal readonly record struct OnboardingTemplateId(Guid Value) : ITypedId
{
    public static OnboardingTemplateId New() => new(TypedId.NewValue());
}
