using Crm.Modules.SalesPipeline.Domain.Quotes;
using Crm.Modules.SalesPipeline.Features.AcceptQuote;
using Crm.Modules.SalesPipeline.Features.Board;
using Crm.Modules.SalesPipeline.Features.ChangeSellerProfile;
using Crm.Modules.SalesPipeline.Features.ConvertLead;
using Crm.Modules.SalesPipeline.Features.CreateDeal;
using Crm.Modules.SalesPipeline.Features.CreateLostReason;
using Crm.Modules.SalesPipeline.Features.CreatePipeline;
using Crm.Modules.SalesPipeline.Features.CreateProduct;
using Crm.Modules.SalesPipeline.Features.CreateQuote;
using Crm.Modules.SalesPipeline.Features.Deals;
using Crm.Modules.SalesPipeline.Features.ListDealCustomFields;
using Crm.Modules.SalesPipeline.Features.DefineDealCustomField;
using Crm.Modules.SalesPipeline.Features.DealCustomFields;
using Crm.Modules.SalesPipeline.Features.ChangeDealCustomField;
using Crm.Modules.SalesPipeline.Features.DeclineQuote;
using Crm.Modules.SalesPipeline.Features.DeleteDeal;
using Crm.Modules.SalesPipeline.Features.DeletePipeline;
using Crm.Modules.SalesPipeline.Features.DownloadQuotePdf;
using Crm.Modules.SalesPipeline.Features.EmailQuote;
using Crm.Modules.SalesPipeline.Features.Forecast;
using Crm.Modules.SalesPipeline.Features.GetBoard;
using Crm.Modules.SalesPipeline.Features.GetBoardColumn;
using Crm.Modules.SalesPipeline.Features.GetDeal;
using Crm.Modules.SalesPipeline.Features.GetDealTimeline;
using Crm.Modules.SalesPipeline.Features.GetDealOnboarding;
using Crm.Modules.SalesPipeline.Features.GetPipeline;
using Crm.Modules.SalesPipeline.Features.GetProduct;
using Crm.Modules.SalesPipeline.Features.GetQuote;
using Crm.Modules.SalesPipeline.Features.GetSellerProfile;
using Crm.Modules.SalesPipeline.Features.ListDealQuotes;
using Crm.Modules.SalesPipeline.Features.ListDeals;
using Crm.Modules.SalesPipeline.Features.ListLostReasons;
using Crm.Modules.SalesPipeline.Features.ListOnboardingTemplates;
using Crm.Modules.SalesPipeline.Features.ListOrders;
using Crm.Modules.SalesPipeline.Features.ListPipelines;
using Crm.Modules.SalesPipeline.Features.ListProducts;
using Crm.Modules.SalesPipeline.Features.ListSubscriptions;
using Crm.Modules.SalesPipeline.Features.ListVatRates;
using Crm.Modules.SalesPipeline.Features.MoveDeal;
using Crm.Modules.SalesPipeline.Features.Pipelines;
using Crm.Modules.SalesPipeline.Features.QuotePdf;
using Crm.Modules.SalesPipeline.Features.Quotes;
using Crm.Modules.SalesPipeline.Features.ReviseQuote;
using Crm.Modules.SalesPipeline.Features.SaveOnboardingTemplate;
using Crm.Modules.SalesPipeline.Features.Schedule;
using Crm.Modules.SalesPipeline.Features.SendQuote;
using Crm.Modules.SalesPipeline.Features.Setup;
using Crm.Modules.SalesPipeline.Features.TickOnboardingTask;
using Crm.Modules.SalesPipeline.Features.UpdateDeal;
using Crm.Modules.SalesPipeline.Features.UpdateLostReason;
using Crm.Modules.SalesPipeline.Features.UpdatePipeline;
using Crm.Modules.SalesPipeline.Features.UpdateProduct;
using Crm.Modules.SalesPipeline.Features.UpdateQuote;
using Crm.Modules.SalesPipeline.IntegrationEventHandlers;
using Crm.Modules.SalesPipeline.IntegrationEvents;
using Crm.Modules.SalesPipeline.Persistence;
using Crm.Shared.Infrastructure.Http;
using Crm.Shared.Infrastructure.Messaging;
using Crm.Shared.Infrastructure.Modules;
using Crm.Shared.Infrastructure.Persistence;
using FluentValidation;
using MassTransit;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Crm.Modules.SalesPipeline;

/// <summary>Pipelines and their stages, deals and the board. The module's only public type.</summary>
public sealed class SalesPipelineModule : IModule
{
    internal const string Schema = "sales";

    public string Name => Schema;

    public void AddServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddModuleDbContext<SalesDbContext>(Schema);
        services.AddSingleton<IIntegrationEventMapper<SalesDbContext>, SalesIntegrationEventMapper>();
        services.AddOptions<SalesOptions>().Bind(configuration.GetSection(SalesOptions.Section))
            .Validate(o => o.Language is "fr" or "en", "Sales:Language must be fr or en.")
            .Validate(o => Crm.Shared.Kernel.Money.Create(0, o.DefaultCurrency).IsSuccess, "Sales:DefaultCurrency must be an ISO 4217 code (EUR, USD…).")
            .Validate(o => QuoteNumber.Create(2026, 1, o.QuotePrefix).IsSuccess && QuoteNumber.Create(2026, 1, o.OrderPrefix).IsSuccess, "Sales:QuotePrefix and Sales:OrderPrefix are 1 to 10 letters or digits.")
            .Validate(o => o.QuoteValidityDays is >= 1 and <= 365, "Sales:QuoteValidityDays must be 1 to 365.")
            .Validate(o => o.SubscriptionTermMonths is >= 1 and <= 120 && o.RenewalLeadDays is >= 0 and <= 365, "Sales:SubscriptionTermMonths must be 1 to 120 and Sales:RenewalLeadDays 0 to 365.")
            .Validate(o => o.VatRates.All(r => r is >= 0 and <= 100 && decimal.Round(r, 2) == r), "Sales:VatRates must be percentages from 0 to 100 with at most two decimals.")
            .ValidateOnStart();
        services.AddScoped<SalesSeeder>();
        services.AddScoped<DealRelations>();
        services.AddScoped<AfterWin>();
        services.AddScoped<PipelineRoles>();
        services.AddScoped<ExpireQuotes>();
        services.AddScoped<FlagRottingDeals>();
        services.AddScoped<RenewalsPipeline>();
        services.AddScoped<OpenRenewals>();
        services.AddScoped<EndSubscriptionTerms>();
        services.AddSingleton<SalesSchedule>();
        if (configuration.GetValue(SalesOptions.Section + ":ScheduleEnabled", defaultValue: true))
        {
            services.AddHostedService(sp => sp.GetRequiredService<SalesSchedule>());
        }
        services.AddScoped<DealReader>();
        services.AddScoped<DealCustomFieldCatalog>();
        services.AddScoped<DealCustomFieldValues>();
        services.AddScoped<VisibleDealLoader>();
        services.AddScoped<BoardCards>();
        services.AddForecast();
        services.AddScoped<DocumentNumbers>();
        services.AddScoped<QuoteLineReader>();
        services.AddScoped<VisibleQuoteLoader>();
        services.AddSingleton<QuotePdfRenderer>();
        services.AddScoped<QuotePdfPrinter>();
        services.AddValidatorsFromAssemblyContaining<SalesPipelineModule>(ServiceLifetime.Scoped, includeInternalTypes: true);
    }

    public void AddConsumers(IBusRegistrationConfigurator bus)
    {
        bus.AddConsumer<ContactsMergedConsumer>();
        bus.AddConsumer<CompaniesMergedConsumer>();
    }

    public void MapEndpoints(IEndpointRouteBuilder endpoints)
    {
        var pipelines = endpoints.MapModuleGroup<SalesDbContext>("pipelines", "Pipelines");
        ListPipelinesEndpoint.Map(pipelines);
        GetPipelineEndpoint.Map(pipelines);
        CreatePipelineEndpoint.Map(pipelines);
        UpdatePipelineEndpoint.Map(pipelines);
        DeletePipelineEndpoint.Map(pipelines);
        GetBoardEndpoint.Map(pipelines);
        GetBoardColumnEndpoint.Map(pipelines);

        var deals = endpoints.MapModuleGroup<SalesDbContext>("deals", "Deals");
        CreateDealEndpoint.Map(deals);
        ListDealsEndpoint.Map(deals);
        ConvertLeadEndpoint.Map(deals);
        CreateQuoteEndpoint.Map(deals);
        ListDealQuotesEndpoint.Map(deals);
        ListDealOrdersEndpoint.Map(deals);
        GetDealOnboardingEndpoint.Map(deals);
        TickOnboardingTaskEndpoint.Map(deals);

        var onboarding = endpoints.MapModuleGroup<SalesDbContext>("onboarding-templates", "Onboarding");
        ListOnboardingTemplatesEndpoint.Map(onboarding);
        SaveOnboardingTemplateEndpoint.Map(onboarding);
        ListSubscriptionsEndpoint.Map(endpoints.MapModuleGroup<SalesDbContext>("subscriptions", "Subscriptions"));

        var quotes = endpoints.MapModuleGroup<SalesDbContext>("quotes", "Quotes");
        GetQuoteEndpoint.Map(quotes);
        UpdateQuoteEndpoint.Map(quotes);
        QuoteActionEndpoint.Map(quotes, "send", "Marks a draft quote as sent to the customer: it can no longer be edited, only revised.", (id, version) => new SendQuote(id, version));
        QuoteActionEndpoint.Map(quotes, "accept", "Records the customer's acceptance of a sent quote: an order is placed and the deal is won.", (id, version) => new AcceptQuote(id, version));
        QuoteActionEndpoint.Map(quotes, "decline", "Records the customer's refusal of a sent quote.", (id, version) => new DeclineQuote(id, version));
        ReviseQuoteEndpoint.Map(quotes);
        DownloadQuotePdfEndpoint.Map(quotes);
        EmailQuoteEndpoint.Map(quotes);
        GetDealEndpoint.Map(deals);
        GetDealTimelineEndpoint.Map(deals);
        UpdateDealEndpoint.Map(deals);
        DeleteDealEndpoint.Map(deals);
        MoveDealEndpoint.Map(deals);

        ForecastRegistration.MapForecast(endpoints);

        var lostReasons = endpoints.MapModuleGroup<SalesDbContext>("lost-reasons", "Lost reasons");
        ListLostReasonsEndpoint.Map(lostReasons);
        CreateLostReasonEndpoint.Map(lostReasons);
        UpdateLostReasonEndpoint.Map(lostReasons);

        var products = endpoints.MapModuleGroup<SalesDbContext>("products", "Products");
        ListProductsEndpoint.Map(products);
        GetProductEndpoint.Map(products);
        CreateProductEndpoint.Map(products);
        UpdateProductEndpoint.Map(products);
        var dealFields = endpoints.MapModuleGroup<SalesDbContext>("deal-custom-fields", "Deal custom fields");
        ListDealCustomFieldsEndpoint.Map(dealFields);
        DefineDealCustomFieldEndpoint.Map(dealFields);
        ChangeDealCustomFieldEndpoint.Map(dealFields);
        var seller = endpoints.MapModuleGroup<SalesDbContext>("sales-settings/seller", "Sales settings");
        GetSellerProfileEndpoint.Map(seller);
        ChangeSellerProfileEndpoint.Map(seller);
        ListVatRatesEndpoint.Map(endpoints.MapModuleGroup<SalesDbContext>("vat-rates", "Products"));
    }

    public async Task MigrateAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        await services.MigrateModuleDatabaseAsync<SalesDbContext>(cancellationToken);
        await using var scope = services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<SalesSeeder>().SeedAsync(cancellationToken);
    }
}
