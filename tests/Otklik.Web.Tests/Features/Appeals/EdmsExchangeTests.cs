using System.Net;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Otklik.Web.Features.Appeals;
using Otklik.Web.Features.Appeals.Edms;
using Otklik.Web.Tests.Infrastructure;

namespace Otklik.Web.Tests.Features.Appeals;

[Trait("Category", "Integration")]
public sealed class EdmsExchangeTests(OtklikFactory factory) : IClassFixture<OtklikFactory>
{
    private readonly AppealSteps _steps = new(factory);

    [Fact]
    public async Task Import_CreatesRecordsInTheClientHistory_ReportsBadRows_AndAReimportUpdates()
    {
        var email = $"{Guid.NewGuid():N}"[..12] + "@example.ru";
        var own = await _steps.NewAppealAsync("Прошу разъяснить порядок выплаты.", email: email);
        var number = "СЭД-" + Guid.NewGuid().ToString("N")[..8];
        var csv = "registration_number;registration_date;kind;client_name;client_email;text;closed_date;department\n" +
            $"{number};15.03.2024;Complaint;Иванов Иван;{email};\"Жалоба; на задержку\nвыплаты\";2024-04-10;ООГ\n" +
            "СЭД-БЕЗ-ДАТЫ;;Letter;Петров;;Текст;;\n";
        var registry = await _steps.SignedInAsync("executor-appeals");

        var first = FormClient.Decode(await (await UploadAsync(registry, csv)).Content.ReadAsStringAsync());
        var again = FormClient.Decode(await (await UploadAsync(registry, csv.Replace("2024-04-10", "2024-04-11",
            StringComparison.Ordinal))).Content.ReadAsStringAsync());
        var imported = await factory.WithDbAsync(db => db.Appeals.Include(a => a.Client)
            .SingleAsync(a => a.RegistrationNumber == number));
        var card = FormClient.Decode(await registry.GetStringAsync($"/clients/{imported.ClientId}"));

        Assert.Contains("Создано: 1. Обновлено: 0. Не загружено строк: 1.", first, StringComparison.Ordinal);
        Assert.Contains("Строка 4: registration_date", first, StringComparison.Ordinal);
        Assert.Contains("Создано: 0. Обновлено: 1.", again, StringComparison.Ordinal);
        Assert.Equal((await _steps.LoadAsync(own)).ClientId, imported.ClientId);
        Assert.Equal("Жалоба; на задержку\nвыплаты", imported.Text);
        Assert.Equal(AppealStatus.Closed, imported.Status);
        Assert.Equal(new DateOnly(2024, 4, 11), DateOnly.FromDateTime(imported.ClosedAt!.Value.UtcDateTime));
        Assert.Contains(number, card, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Export_WritesOwnRegistrationsInTheDocumentedColumns_AndReadsBack()
    {
        var id = await _steps.NewAppealAsync("Текст с \"кавычками\"; и точкой с запятой.");
        var appeal = await _steps.LoadAsync(id);
        var registry = await _steps.SignedInAsync("executor-appeals");

        var response = await registry.PostFormAsync("/appeals/edms",
            [new("From", AppealSteps.Iso(appeal.RegisteredOn)), new("To", AppealSteps.Iso(appeal.RegisteredOn))],
            "/appeals/edms?handler=Export");
        var text = Encoding.UTF8.GetString(await response.Content.ReadAsByteArrayAsync()).TrimStart('\uFEFF');
        var rows = EdmsCsv.Read(new StringReader(text)).ToList();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.StartsWith(string.Join(';', EdmsCsv.Columns), text, StringComparison.Ordinal);
        var row = Assert.Single(rows, r => r.Fields["registration_number"] == appeal.RegistrationNumber).Fields;
        Assert.Equal("Текст с \"кавычками\"; и точкой с запятой.", row["text"]);
    }

    [Fact]
    public async Task Exchange_OutsideTheRegistry_IsForbidden()
    {
        var outsider = await _steps.SignedInAsync("executor-rehab");

        var response = await outsider.GetAsync("/appeals/edms");

        Assert.Contains("access-denied", response.Headers.Location?.ToString(), StringComparison.Ordinal);
    }

    private static async Task<HttpResponseMessage> UploadAsync(HttpClient client, string csv)
    {
        using var form = new MultipartFormDataContent
        {
            { new ByteArrayContent(Encoding.UTF8.GetBytes(csv)), "Upload", "edms.csv" },
        };
        return await client.PostMultipartAsync("/appeals/edms", form, "/appeals/edms?handler=Import");
    }
}
