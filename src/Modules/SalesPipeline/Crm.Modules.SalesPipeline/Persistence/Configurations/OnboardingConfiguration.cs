using Crm.Modules.SalesPipeline.Domain.Onboarding;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Crm.Modules.SalesPipeline.Persistence.Configurations;

internal sealed class OnboardingTemplateConfiguration : IEntityTypeConfiguration<OnboardingTemplate>
{
    public void Configure(EntityTypeBuilder<OnboardingTemplate> builder)
    {
        builder.ToTable("onboarding_templates");
        builder.HasKey(t => t.Id);
        builder.Property(t => t.Id).HasConversion(id => id.Value, value => new OnboardingTemplateId(value)).ValueGeneratedNever();
        builder.Property(t => t.Name).HasMaxLength(OnboardingTemplate.NameMaxLength);
        builder.Ignore(t => t.Steps);
        builder.ComplexCollection<List<OnboardingStep>, OnboardingStep>("_steps", steps => steps.ToJson("steps"));
        builder.Property(t => t.Version).IsConcurrencyToken();
        builder.Ignore(t => t.DomainEvents);
    }
}

internal sealed class OnboardingChecklistConfiguration : IEntityTypeConfiguration<OnboardingChecklist>
{
    public void Configure(EntityTypeBuilder<OnboardingChecklist> builder)
    {
        builder.ToTable("onboarding_checklists");
        builder.HasKey(c => c.Id);
        builder.Property(c => c.Id).ValueGeneratedNever();
        builder.HasIndex(c => c.DealId).IsUnique();
        builder.Property(c => c.TemplateName).HasMaxLength(OnboardingTemplate.NameMaxLength);
        builder.Ignore(c => c.Tasks);
        builder.ComplexCollection<List<OnboardingTask>, OnboardingTask>("_tasks", tasks => tasks.ToJson("tasks"));
        builder.Property(c => c.Version).IsConcurrencyToken();
        builder.Ignore(c => c.DomainEvents);
    }
}
