using System.Globalization;
using System.Net.Http.Json;

namespace Crm.Benchmarks;

/// <summary>
/// What the sales scenario creates through the API before seeding: the sales representatives who own the deals
/// (invited as the administrator invites anyone: <c>POST /api/v1/users/invitations</c> with the <c>SalesRep</c> role;
/// they never sign in, an invited user is active) and two pipelines beside the one a fresh installation gets
/// (<c>POST /api/v1/pipelines</c>).
/// </summary>
internal static class SalesSetup
{
    public const int Owners = 20;

    public static async Task<IReadOnlyList<Guid>> InviteOwnersAsync(SearchClient client, CancellationToken cancellationToken)
    {
        var owners = new List<Guid>(Owners);
        for (var i = 1; i <= Owners; i++)
        {
            var request = new
            {
                email = string.Create(CultureInfo.InvariantCulture, $"vendeur{i:00}@bench.example"),
                displayName = string.Create(CultureInfo.InvariantCulture, $"Vendeur {i:00}"),
                roles = new[] { "SalesRep" },
            };
            using var answer = await client.SendAsync(HttpMethod.Post, "/api/v1/users/invitations", JsonContent.Create(request), "invitation", cancellationToken);
            owners.Add(answer.RootElement.GetProperty("user").GetProperty("id").GetGuid());
        }

        return owners;
    }

    /// <summary>Creates "Grands comptes" (five open stages) and "Partenaires" (three); a stage of each requires the expected close date.</summary>
    public static async Task CreatePipelinesAsync(SearchClient client, CancellationToken cancellationToken)
    {
        object[] keyAccounts =
        [
            Open("Découverte", 10, 21), Open("Démonstration", 30, 21), Open("Proposition", 50, 14, "expectedCloseDate"),
            Open("Négociation", 70, 10), Open("Validation juridique", 90, 10), new { name = "Gagnée", kind = "Won" }, new { name = "Perdue", kind = "Lost" },
        ];
        object[] partners =
        [
            Open("Qualification", 20, 14), Open("Offre", 60, 10, "expectedCloseDate"), Open("Signature", 85, 7),
            new { name = "Gagnée", kind = "Won" }, new { name = "Perdue", kind = "Lost" },
        ];
        foreach (var (name, stages) in new[] { ("Grands comptes", keyAccounts), ("Partenaires", partners) })
        {
            using var answer = await client.SendAsync(HttpMethod.Post, "/api/v1/pipelines", JsonContent.Create(new { name, stages }), "pipeline creation", cancellationToken);
        }

        static object Open(string name, int probability, int rottingDays, params string[] requiredFields) =>
            new { name, kind = "Open", probability, rottingDays, requiredFields };
    }
}
