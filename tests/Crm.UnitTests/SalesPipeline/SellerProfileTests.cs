using Crm.Modules.SalesPipeline.Domain.Settings;

namespace Crm.UnitTests.SalesPipeline;

internal sealed class SellerProfileTests
{
    [Test]
    public void Change_WhenOnlyTheSiretIsGiven_TakesItsSiren()
    {
        var seller = SellerProfile.NotSetUp();

        var changed = seller.Change("Acme", "12 avenue de l'Opéra\n75001 Paris", null, "732 829 320 00074", "FR44732829320", null);

        Assert.Multiple(() =>
        {
            Assert.That(changed.IsSuccess, Is.True);
            Assert.That((seller.Siren?.Value, seller.IsSetUp), Is.EqualTo(("732829320", true)));
            Assert.That(seller.AddressLines, Is.EqualTo(new[] { "12 avenue de l'Opéra", "75001 Paris" }));
        });
    }

    [Test]
    public void Change_WhenTheSiretIsNotAnEstablishmentOfTheSiren_IsRefusedAndChangesNothing()
    {
        var seller = SellerProfile.NotSetUp();

        var changed = seller.Change("Acme", null, "552100554", "73282932000074", null, null);

        Assert.Multiple(() =>
        {
            Assert.That(changed.Error?.Code, Is.EqualTo("seller.siret_mismatch"));
            Assert.That(seller.IsSetUp, Is.False);
        });
    }
}
