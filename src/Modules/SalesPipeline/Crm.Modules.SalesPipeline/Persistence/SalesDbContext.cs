using Crm.Modules.SalesPipeline.Domain.Deals;
using Crm.Modules.SalesPipeline.Domain.LostReasons;
using Crm.Modules.SalesPipeline.Domain.Numbering;
using Crm.Modules.SalesPipeline.Domain.Onboarding;
using Crm.Modules.SalesPipeline.Domain.Orders;
using Crm.Modules.SalesPipeline.Domain.Pipelines;
using Crm.Modules.SalesPipeline.Domain.Products;
using Crm.Modules.SalesPipeline.Domain.Quotas;
using Crm.Modules.SalesPipeline.Domain.Quotes;
using Crm.Modules.SalesPipeline.Domain.Settings;
using Crm.Modules.SalesPipeline.Domain.Subscriptions;
using Crm.Shared.Infrastructure.CustomFields;
using Crm.Shared.Infrastructure.Persistence;
using Crm.Shared.Kernel.CustomFields;
using Microsoft.EntityFrameworkCore;

namespace Crm.Modules.SalesPipeline.Persistence;

internal sealed class SalesDbContext(DbContextOptions<SalesDbContext> options) : ModuleDbContext(options, SalesPipelineModule.Schema)
{
    public DbSet<Pipeline> Pipelines => Set<Pipeline>();

    public DbSet<Stage> Stages => Set<Stage>();

    public DbSet<LostReason> LostReasons => Set<LostReason>();

    public DbSet<Deal> Deals => Set<Deal>();

    public DbSet<StageVisit> StageVisits => Set<StageVisit>();

    public DbSet<Product> Products => Set<Product>();

    public DbSet<Quote> Quotes => Set<Quote>();

    public DbSet<Order> Orders => Set<Order>();

    public DbSet<NumberCounter> NumberCounters => Set<NumberCounter>();

    public DbSet<SellerProfile> SellerProfiles => Set<SellerProfile>();

    public DbSet<Quota> Quotas => Set<Quota>();

    public DbSet<OnboardingTemplate> OnboardingTemplates => Set<OnboardingTemplate>();

    public DbSet<OnboardingChecklist> OnboardingChecklists => Set<OnboardingChecklist>();

    public DbSet<Subscription> Subscriptions => Set<Subscription>();

    public DbSet<CustomFieldDefinition> DealCustomFields => Set<CustomFieldDefinition>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        base.OnModelCreating(modelBuilder);
        modelBuilder.ApplyConfiguration(new CustomFieldDefinitionConfiguration());
        modelBuilder.Entity<Deal>().Ignore(d => d.CustomFields);
        CustomFieldColumns.Configure(modelBuilder.Entity<Deal>(), Provider);
        CustomFieldColumns.ConfigureFunctions(modelBuilder, Provider);
    }
}
