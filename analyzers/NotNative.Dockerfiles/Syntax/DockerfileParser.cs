using System;
using System.Collections.Generic;
using System.Text;

namespace NotNative.Dockerfiles.Syntax;

/// <summary>
/// Parses Dockerfile text the way BuildKit's parser does (frontend/dockerfile/parser), keeping
/// exact source spans. It never throws on any input and runs in time linear in the input:
/// where BuildKit would stop with an error, the error is recorded and parsing goes on.
/// </summary>
public static class DockerfileParser
{
    /// <summary>BuildKit's scanner refuses a physical line longer than this many bytes.</summary>
    internal const int MaxLineBytes = 64 * 1024;

    public static DockerfileSyntax Parse(string text)
    {
        text ??= string.Empty;
        var state = new ParseState(text);
        state.Run();
        return new DockerfileSyntax(text, state.Lines, state.Escape, state.Directives, state.Comments, state.Instructions, state.Errors);
    }

    private sealed class ParseState
    {
        private readonly string _text;
        private readonly int _lineCount;
        private bool _directivesDone;
        private readonly HashSet<string> _seenDirectives = new(StringComparer.Ordinal);

        public ParseState(string text)
        {
            _text = text;
            Lines = new LineIndex(text);
            // A final empty line after the last '\n' is not a line to BuildKit's scanner.
            _lineCount = Lines.LineCount;
            if (_lineCount > 1 && Lines.LineStart(_lineCount - 1) == text.Length)
            {
                _lineCount--;
            }
        }

        public LineIndex Lines { get; }
        public char Escape { get; private set; } = '\\';
        public List<ParserDirective> Directives { get; } = new();
        public List<Comment> Comments { get; } = new();
        public List<Instruction> Instructions { get; } = new();
        public List<ParseError> Errors { get; } = new();

        private int LineStart(int line)
        {
            var start = Lines.LineStart(line);
            // BuildKit strips a UTF-8 byte-order mark from the first line.
            if (line == 0 && _text.Length > 0 && _text[0] == '\uFEFF')
            {
                start++;
            }

            return start;
        }

        private int LineEndWithNewline(int line) => line + 1 < Lines.LineCount ? Lines.LineStart(line + 1) : _text.Length;

        /// <summary>End of the line's content: trailing '\r' and '\n' removed, as BuildKit's trimNewline does.</summary>
        private int ContentEnd(int line)
        {
            var start = LineStart(line);
            var end = LineEndWithNewline(line);
            while (end > start && (_text[end - 1] == '\n' || _text[end - 1] == '\r'))
            {
                end--;
            }

            return end;
        }

        private int SkipLeadingSpace(int start, int end)
        {
            while (start < end && char.IsWhiteSpace(_text[start]))
            {
                start++;
            }

            return start;
        }

        private bool IsCommentLine(int start, int end)
        {
            var first = SkipLeadingSpace(start, end);
            return first < end && _text[first] == '#';
        }

        public void Run()
        {
            var line = 0;
            while (line < _lineCount)
            {
                var start = LineStart(line);
                var end = ContentEnd(line);
                CheckLineLength(line, start);
                var first = SkipLeadingSpace(start, end);
                var isComment = first < end && _text[first] == '#';
                var isDirective = TryDirective(first, end, line);
                if (isComment && !isDirective)
                {
                    Comments.Add(new Comment(_text.Substring(first + 1, end - first - 1).Trim(), TextSpan.FromBounds(first, end), line));
                }

                var startLine = line;
                line++;
                if (isComment)
                {
                    continue;
                }

                var (kept, endOfLine) = TrimContinuation(first, end);
                if (endOfLine && kept == first)
                {
                    continue;
                }

                var logical = new LogicalLine();
                logical.Append(_text, first, kept);
                while (!endOfLine && line < _lineCount)
                {
                    var s = LineStart(line);
                    var e = ContentEnd(line);
                    CheckLineLength(line, s);
                    line++;
                    if (IsCommentLine(s, e) || SkipLeadingSpace(s, e) == e)
                    {
                        continue; // comment and empty lines inside a continuation are dropped
                    }

                    (kept, endOfLine) = TrimContinuation(s, e);
                    logical.Append(_text, s, kept);
                }

                var lastLine = line - 1;
                var instruction = BuildInstruction(logical, 0, logical.Text.Length, startLine, lastLine);
                if (instruction == null)
                {
                    continue;
                }

                line = ReadHeredocs(instruction, logical, line);
                instruction.Span = TextSpan.FromBounds(instruction.Span.Start, ContentEnd(instruction.EndLine));
                Instructions.Add(instruction);
            }

            if (Instructions.Count == 0)
            {
                Errors.Add(new ParseError("file with no instructions", new TextSpan(_text.Length, 0)));
            }
        }

        private void CheckLineLength(int line, int start)
        {
            var end = LineEndWithNewline(line);
            if (end - start < MaxLineBytes / 3)
            {
                return; // cannot exceed the limit even at three bytes a character
            }

            if (Encoding.UTF8.GetByteCount(_text.ToCharArray(start, end - start)) > MaxLineBytes)
            {
                Errors.Add(new ParseError($"dockerfile line greater than max allowed size of {MaxLineBytes - 1}", TextSpan.FromBounds(start, ContentEnd(line))));
            }
        }

        /// <summary>
        /// The line-continuation test of BuildKit: the escape token as the last character other than
        /// spaces and tabs, not itself escaped. Returns the end of what is kept.
        /// </summary>
        private (int Kept, bool EndOfLine) TrimContinuation(int start, int end)
        {
            var j = end - 1;
            while (j >= start && (_text[j] == ' ' || _text[j] == '\t'))
            {
                j--;
            }

            if (j < start || _text[j] != Escape)
            {
                return (end, true);
            }

            if (j == start)
            {
                return (start, false);
            }

            return _text[j - 1] == Escape ? (end, true) : (j, false);
        }

        /// <summary>Parser directives: only in the leading run of comment lines; a first non-directive ends them.</summary>
        private bool TryDirective(int start, int end, int line)
        {
            if (_directivesDone)
            {
                return false;
            }

            if (start >= end || _text[start] != '#')
            {
                _directivesDone = true;
                return false;
            }

            var p = SkipLeadingSpace(start + 1, end);
            var nameStart = p;
            if (p >= end || !IsAsciiLetter(_text[p]))
            {
                _directivesDone = true;
                return false;
            }

            while (p < end && (IsAsciiLetter(_text[p]) || (_text[p] >= '0' && _text[p] <= '9')))
            {
                p++;
            }

            var name = _text.Substring(nameStart, p - nameStart).ToLowerInvariant();
            while (p < end && IsRegexSpace(_text[p]))
            {
                p++;
            }

            if (p >= end || _text[p] != '=')
            {
                _directivesDone = true;
                return false;
            }

            p++;
            var afterEquals = p;
            while (p < end && IsRegexSpace(_text[p]))
            {
                p++;
            }

            int valueStart, valueEnd;
            if (p < end)
            {
                valueStart = p;
                valueEnd = end;
                while (valueEnd > valueStart && IsRegexSpace(_text[valueEnd - 1]))
                {
                    valueEnd--;
                }
            }
            else if (p > afterEquals)
            {
                // `(.+?)` takes the last blank when nothing else follows the '='.
                valueStart = p - 1;
                valueEnd = p;
            }
            else
            {
                _directivesDone = true;
                return false;
            }

            if (name != "syntax" && name != "escape" && name != "check")
            {
                _directivesDone = true;
                return false;
            }

            var span = TextSpan.FromBounds(start, end);
            if (!_seenDirectives.Add(name))
            {
                Errors.Add(new ParseError($"only one {name} parser directive can be used", span));
                return true;
            }

            var value = _text.Substring(valueStart, valueEnd - valueStart);
            Directives.Add(new ParserDirective(name, value, span, TextSpan.FromBounds(valueStart, valueEnd), line));
            if (name == "escape")
            {
                if (value == "`" || value == "\\")
                {
                    Escape = value[0];
                }
                else
                {
                    Errors.Add(new ParseError($"invalid escape token '{value}' does not match ` or \\", span));
                }
            }

            return true;
        }

        private static bool IsAsciiLetter(char c) => (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');

        /// <summary>RE2's \s: [\t\n\f\r ].</summary>
        private static bool IsRegexSpace(char c) => c == ' ' || c == '\t' || c == '\n' || c == '\f' || c == '\r';

        private Instruction? BuildInstruction(LogicalLine logical, int from, int to, int startLine, int endLine)
        {
            var builder = new InstructionBuilder(logical, Escape, Errors);
            return builder.Build(from, to, startLine, endLine);
        }

        private int ReadHeredocs(Instruction instruction, LogicalLine logical, int line)
        {
            var target = instruction.Name == InstructionNames.Onbuild && instruction.Inner != null ? instruction.Inner : instruction;
            if (target.IsJson || (target.Name != InstructionNames.Run && target.Name != InstructionNames.Copy && target.Name != InstructionNames.Add)
                || logical.Text.IndexOf("<<", StringComparison.Ordinal) < 0)
            {
                return line;
            }

            var names = HeredocWords.Find(logical.Text);
            if (names.Count == 0)
            {
                return line;
            }

            var heredocs = new List<Heredoc>(names.Count);
            foreach (var found in names)
            {
                var contentStart = line < _lineCount ? LineStart(line) : _text.Length;
                var content = new StringBuilder();
                var terminated = false;
                while (line < _lineCount)
                {
                    var s = LineStart(line);
                    var e = ContentEnd(line);
                    var withNewline = LineEndWithNewline(line);
                    line++;
                    var t = s;
                    if (found.Chomp)
                    {
                        while (t < e && _text[t] == '\t')
                        {
                            t++;
                        }
                    }

                    if (e - t == found.Name.Length && string.CompareOrdinal(_text, t, found.Name, 0, found.Name.Length) == 0)
                    {
                        terminated = true;
                        heredocs.Add(new Heredoc(found.Name, found.Expand, found.Chomp, found.FileDescriptor, content.ToString(), TextSpan.FromBounds(contentStart, s)));
                        break;
                    }

                    content.Append(_text, s, withNewline - s);
                }

                if (!terminated)
                {
                    Errors.Add(new ParseError("unterminated heredoc", TextSpan.FromBounds(instruction.Span.Start, _text.Length)));
                    heredocs.Add(new Heredoc(found.Name, found.Expand, found.Chomp, found.FileDescriptor, content.ToString(), TextSpan.FromBounds(contentStart, _text.Length)));
                    break;
                }
            }

            target.Heredocs = heredocs;
            instruction.EndLine = Math.Max(instruction.EndLine, line - 1);
            return line;
        }
    }
}
