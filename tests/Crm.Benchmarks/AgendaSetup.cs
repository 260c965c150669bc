using System.Globalization;
using System.Net.Http.Json;
using Npgsql;

namespace Crm.Benchmarks;

/// <summary>
/// The people of the agenda scenario: <c>--users</c> users invited as the administrator invites anyone
/// (<c>POST /api/v1/users/invitations</c>, role <c>SalesRep</c>; an invited user is active, so the host accepts them as
/// attendees and assignees; they never sign in), and the seeded contacts' ids, read back to invite.
/// </summary>
internal static class AgendaSetup
{
    public static async Task<IReadOnlyList<Guid>> InviteUsersAsync(SearchClient client, int count, CancellationToken cancellationToken)
    {
        var users = new List<Guid>(count);
        for (var i = 1; i <= count; i++)
        {
            var request = new
            {
                email = string.Create(CultureInfo.InvariantCulture, $"agenda{i:000}@bench.example"),
                displayName = string.Create(CultureInfo.InvariantCulture, $"Agenda {i:000}"),
                roles = new[] { "SalesRep" },
            };
            using var answer = await client.SendAsync(HttpMethod.Post, "/api/v1/users/invitations", JsonContent.Create(request), "invitation", cancellationToken);
            users.Add(answer.RootElement.GetProperty("user").GetProperty("id").GetGuid());
        }

        return users;
    }

    public static async Task<IReadOnlyList<Guid>> ContactIdsAsync(string connectionString, CancellationToken cancellationToken)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync(cancellationToken);
        await using var command = new NpgsqlCommand("SELECT id FROM contacts.contacts ORDER BY id", connection);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var ids = new List<Guid>();
        while (await reader.ReadAsync(cancellationToken))
        {
            ids.Add(reader.GetGuid(0));
        }

        return ids;
    }
}
