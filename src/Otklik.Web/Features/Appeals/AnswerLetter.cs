using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace Otklik.Web.Features.Appeals;

// The answer as a letter for the post (R3.1): the ministry's name and address, the date and number, the
// addressee, the text and the executor, in a DOCX that any office suite opens and prints.
public static class AnswerLetter
{
    public static byte[] Docx(
        Portal.MinistryOptions ministry, Appeal appeal, AppealAnswer answer, string executor, DateOnly date)
    {
        using var stream = new MemoryStream();
        using (var document = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            var main = document.AddMainDocumentPart();
            main.Document = new W.Document(new W.Body(Paragraphs(ministry, appeal, answer, executor, date)));
            document.PackageProperties.Title = $"Ответ на обращение № {appeal.RegistrationNumber}";
        }

        return stream.ToArray();
    }

    private static IEnumerable<OpenXmlElement> Paragraphs(
        Portal.MinistryOptions ministry, Appeal appeal, AppealAnswer answer, string executor, DateOnly date)
    {
        yield return Line(ministry.FullName, bold: true);
        yield return Line(ministry.Address);
        yield return Line(string.Empty);
        yield return Line($"{date.ToString("dd.MM.yyyy", CultureInfo.InvariantCulture)} " +
            $"№ {appeal.RegistrationNumber}");
        yield return Line(string.Empty);
        yield return Line(appeal.Client?.Name ?? string.Empty, bold: true);
        yield return Line(appeal.Client?.PostalAddress ?? string.Empty);
        yield return Line(string.Empty);
        foreach (var paragraph in answer.Text.Replace("\r\n", "\n").Split('\n'))
        {
            yield return Line(paragraph);
        }

        yield return Line(string.Empty);
        yield return Line($"Исполнитель: {executor}");
    }

    private static W.Paragraph Line(string text, bool bold = false)
    {
        var run = new W.Run(new W.Text(text) { Space = SpaceProcessingModeValues.Preserve });
        if (bold)
        {
            run.PrependChild(new W.RunProperties(new W.Bold()));
        }

        return new W.Paragraph(run);
    }
}
