using Crm.Shared.Kernel;

namespace Crm.ArchitectureTests;

/// <summary>The integration event checks do reject what they should (purpose-made types, outside any module).</summary>
internal sealed class IntegrationEventShapeTests
{
    private enum Colour
    {
        Red,
    }

    [Test]
    public void IsRecord_WhenRecordOrClass_TellsThemApart()
    {
        Assert.Multiple(() =>
        {
            Assert.That(IntegrationEventShape.IsRecord(typeof(GoodIntegrationEvent)), Is.True);
            Assert.That(IntegrationEventShape.IsRecord(typeof(ClassIntegrationEvent)), Is.False);
        });
    }

    [TestCase(typeof(int))]
    [TestCase(typeof(long?))]
    [TestCase(typeof(bool))]
    [TestCase(typeof(string))]
    [TestCase(typeof(Guid))]
    [TestCase(typeof(Guid?))]
    [TestCase(typeof(DateTimeOffset))]
    [TestCase(typeof(DateOnly))]
    [TestCase(typeof(decimal))]
    [TestCase(typeof(Colour))]
    [TestCase(typeof(IReadOnlyList<string>))]
    [TestCase(typeof(IReadOnlyList<Guid>))]
    public void IsAllowedPropertyType_WhenPrimitiveLike_IsTrue(Type type)
    {
        Assert.That(IntegrationEventShape.IsAllowedPropertyType(type), Is.True);
    }

    [TestCase(typeof(object))]
    [TestCase(typeof(List<string>))]
    [TestCase(typeof(string[]))]
    [TestCase(typeof(IReadOnlyList<Money>))]
    [TestCase(typeof(IEnumerable<string>))]
    [TestCase(typeof(Money))]
    [TestCase(typeof(Error))]
    [TestCase(typeof(DateTime))]
    [TestCase(typeof(GoodIntegrationEvent))]
    public void IsAllowedPropertyType_WhenComplexOrDomainType_IsFalse(Type type)
    {
        Assert.That(IntegrationEventShape.IsAllowedPropertyType(type), Is.False);
    }

    [Test]
    public void NonPrimitiveProperties_WhenEventCarriesADomainType_ListsThatProperty()
    {
        Assert.Multiple(() =>
        {
            Assert.That(IntegrationEventShape.NonPrimitiveProperties(typeof(GoodIntegrationEvent)), Is.Empty);
            Assert.That(IntegrationEventShape.NonPrimitiveProperties(typeof(ClassIntegrationEvent)).Select(p => p.Name), Is.EqualTo(new[] { "Amount" }));
        });
    }

    [Test]
    public void MutableProperties_WhenPublicSetter_ListsItButNotInit()
    {
        Assert.Multiple(() =>
        {
            Assert.That(IntegrationEventShape.MutableProperties(typeof(GoodIntegrationEvent)), Is.Empty);
            Assert.That(IntegrationEventShape.MutableProperties(typeof(ClassIntegrationEvent)).Select(p => p.Name), Is.EqualTo(new[] { "Amount" }));
        });
    }

    private sealed record GoodIntegrationEvent(Guid EventId, DateTimeOffset OccurredAtUtc, string? Name, Colour Colour, int? Count) : IIntegrationEvent;

    private sealed class ClassIntegrationEvent : IIntegrationEvent
    {
        public Guid EventId { get; init; }

        public DateTimeOffset OccurredAtUtc { get; init; }

        public Money Amount { get; set; }
    }
}
