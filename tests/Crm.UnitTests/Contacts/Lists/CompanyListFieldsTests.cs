using Crm.Modules.Contacts.Domain.Companies;
using Crm.Modules.Contacts.Features.Common;
using Crm.Modules.Contacts.Features.Filters;
using Crm.Shared.Infrastructure.Filters;
using Crm.Shared.Infrastructure.Persistence;
using Crm.Shared.Kernel.CustomFields;
using Microsoft.Extensions.Options;

namespace Crm.UnitTests.Contacts.Lists;

/// <summary>What a company list takes as filters, sorts and cursors, checked before any query runs.</summary>
internal sealed class CompanyListFieldsTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 28, 10, 0, 0, TimeSpan.Zero);

    private static readonly IQueryable<Company> NoCompanies = new List<Company>().AsQueryable();

    [TestCase(null, "createdAt", false)]
    [TestCase("  ", "createdAt", false)]
    [TestCase("name", "name", false)]
    [TestCase("-NAME", "name", true)]
    [TestCase("-cf.budget", "cf.budget", true)]
    [TestCase("city", "city", false)]
    public void Sort_ReadsTheFieldAndTheDirection(string? sort, string field, bool descending)
    {
        var read = Fields().Sort(sort);

        Assert.That(read.IsSuccess, Is.True, () => read.Error!.Message);
        Assert.That((read.Value.Field.Name, read.Value.Descending), Is.EqualTo((field, descending)));
    }

    [TestCase("tags")]
    [TestCase("lastName")]
    [TestCase("cf.partner")]
    public void Sort_ByAFieldWithoutAnOrder_IsRefused_NamingTheCompanies(string sort)
    {
        var read = Fields().Sort(sort);

        Assert.That(read.Error?.Code, Is.EqualTo("sort.field_unknown"));
        Assert.That(read.Error!.Message, Does.StartWith("Companies cannot be sorted by"));
    }

    [TestCase("name", FilterOperator.StartsWith, "dan")]
    [TestCase("domain", FilterOperator.Contains, "danone")]
    [TestCase("size", FilterOperator.In, "micro", "Large")]
    [TestCase("size", FilterOperator.IsEmpty)]
    [TestCase("siren", FilterOperator.Eq, "552032534")]
    [TestCase("parentCompanyId", FilterOperator.IsNotEmpty)]
    [TestCase("tags", FilterOperator.Eq, "vip")]
    [TestCase("updatedAt", FilterOperator.Between, "2026-01-01", "2026-12-31")]
    [TestCase("cf.budget", FilterOperator.Gte, "1000")]
    [TestCase("cf.tier", FilterOperator.Eq, "Grand compte")]
    public void Apply_AConditionTheFieldTakes_Succeeds(string field, FilterOperator op, params string[] values)
    {
        var applied = Fields().Apply(NoCompanies, [new FilterCondition(field, op, values)]);

        Assert.That(applied.IsSuccess, Is.True, () => applied.Error!.Message);
    }

    [TestCase("firstName", FilterOperator.Eq, "filter.field_unknown", "x")]
    [TestCase("cf.seats", FilterOperator.Gt, "filter.field_unknown", "1")]
    [TestCase("name", FilterOperator.Gt, "filter.operator_not_supported", "a")]
    [TestCase("domain", FilterOperator.Lt, "filter.operator_not_supported", "a")]
    [TestCase("size", FilterOperator.StartsWith, "filter.operator_not_supported", "micro")]
    [TestCase("size", FilterOperator.Eq, "filter.invalid", "huge")]
    [TestCase("size", FilterOperator.Eq, "filter.invalid", "2")]
    [TestCase("parentCompanyId", FilterOperator.Eq, "filter.invalid", "danone")]
    [TestCase("cf.budget", FilterOperator.Gt, "filter.invalid", "lots")]
    public void Apply_AConditionTheFieldDoesNotTake_IsRefusedWithItsCode(string field, FilterOperator op, string code, params string[] values)
    {
        var applied = Fields().Apply(NoCompanies, [new FilterCondition(field, op, values)]);

        Assert.That(applied.Error?.Code, Is.EqualTo(code));
    }

    [Test]
    public void Canonical_NamesTheOptionsOfASelectByTheirKey()
    {
        var condition = Fields().Canonical(new FilterCondition("cf.tier", FilterOperator.In, ["grand COMPTE", "pme", "gone"]));

        Assert.That(condition.Values, Is.EqualTo(new[] { "grand_compte", "pme", "gone" }));
    }

    [Test]
    public void Page_TakesOnlyACursorOfTheSameSort()
    {
        var fields = Fields();
        var byName = new ListCursor("name", "Danone", Guid.CreateVersion7()).Encode();

        Assert.Multiple(() =>
        {
            Assert.That(fields.Page(10, byName, "name").IsSuccess, Is.True);
            Assert.That(fields.Page(10, byName, "-name").Error?.Code, Is.EqualTo("paging.cursor_invalid"));
            Assert.That(fields.Page(10, new ListCursor("createdAt", "x", Guid.CreateVersion7()).Encode(), null).Error?.Code, Is.EqualTo("paging.cursor_invalid"));
            Assert.That(fields.Page(10, new ListCursor("cf.budget", "lots", Guid.CreateVersion7()).Encode(), "cf.budget").Error?.Code, Is.EqualTo("paging.cursor_invalid"));
            Assert.That(fields.Page(10, "not a cursor", "name").Error?.Code, Is.EqualTo("paging.cursor_invalid"));
            Assert.That(fields.Page(0, null, "name").Error?.Code, Is.EqualTo("paging.limit_invalid"));
            Assert.That(fields.Page(10, null, "nickname").Error?.Code, Is.EqualTo("sort.field_unknown"));
        });
    }

    private static CompanyListFields Fields() => new(
    [
        CustomFieldDefinition.Define(CustomFieldEntity.Company, "budget", CustomFieldType.Money, new CustomFieldSettings("Budget", false, false, [], "EUR", null), Now).Value,
        CustomFieldDefinition.Define(CustomFieldEntity.Company, "partner", CustomFieldType.Bool, new CustomFieldSettings("Partenaire", false, false, [], null, null), Now).Value,
        CustomFieldDefinition.Define(
            CustomFieldEntity.Company,
            "tier",
            CustomFieldType.SingleSelect,
            new CustomFieldSettings("Tier", false, false, [new CustomFieldOptionInput(null, "PME", false), new CustomFieldOptionInput(null, "Grand compte", false)], null, null),
            Now).Value,
    ],
    new PhoneNumberReader(Options.Create(new ContactsOptions())),
    DatabaseProvider.Sqlite);
}
