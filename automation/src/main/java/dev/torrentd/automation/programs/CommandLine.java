package dev.torrentd.automation.programs;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * A program's command line, read once as a POSIX shell reads words (POSIX.1-2017 XCU 2.2,
 * quoting): blanks separate words; a backslash outside quotes takes the next character
 * literally (backslash-newline joins lines); single quotes keep everything up to the next
 * single quote; double quotes keep everything but {@code \$ \` \" \\} and
 * backslash-newline. Quotes are removed from the words.
 * <p>
 * Placeholders ({@code %} and one of the dialect's letters) are found in every quoting
 * context, except a {@code %} escaped by a backslash outside quotes ({@code \%N} stays
 * the text {@code %N}). They are kept as pieces of their word, so that a value is
 * substituted into its word and never splits it or adds words; unknown letters stay text,
 * as in qBittorrent ({@code %%N} is a {@code %} then the name).
 * <p>
 * The command uses shell syntax when an unquoted {@code | ; & > < $ `} or a double-quoted
 * {@code $ `} appears: such a command is run by {@code /bin/sh -c} as {@link #script()},
 * the command with each placeholder replaced by a reference to an environment variable
 * ({@code "${TORRENTD_N}"} outside quotes, {@code ${TORRENTD_N}} inside double quotes,
 * {@code '"${TORRENTD_N}"'} inside single quotes; a {@code $(…)} or backquoted command
 * substitution inside double quotes is unquoted again, so {@code "${TORRENTD_N}"} there),
 * so that the values are never parsed, split or globbed by the shell.
 *
 * @param words the words with their placeholders (quotes removed)
 * @param shellSyntax whether the command needs a shell
 * @param script the command for {@code /bin/sh -c}, placeholders as variable references
 * @param letters the placeholder letters used, in alphabetical order
 */
record CommandLine(List<Word> words, boolean shellSyntax, String script, Set<Character> letters) {

	/** The environment variable that carries the value of placeholder {@code %X}. */
	static final String VARIABLE_PREFIX = "TORRENTD_";

	private static final String SHELL_CHARACTERS = "|;&><$`";

	CommandLine {
		words = List.copyOf(words);
		// sorted, so that logs and environments list them the same way every run
		letters = Collections.unmodifiableSortedSet(new TreeSet<>(letters));
	}

	/**
	 * Reads a command line.
	 * @param command the user's command
	 * @param placeholderLetters the letters that are placeholders
	 * @return the parsed command
	 * @throws IllegalArgumentException if a quote is not closed (one-line reason)
	 */
	static CommandLine parse(String command, Set<Character> placeholderLetters) {
		return new Parser(command, placeholderLetters).parse();
	}

	/**
	 * The environment variable of a placeholder.
	 * @param letter the placeholder's letter
	 * @return e.g. {@code TORRENTD_N}
	 */
	static String variable(char letter) {
		return VARIABLE_PREFIX + letter;
	}

	/**
	 * The arguments of the command with the values substituted, for running without a
	 * shell.
	 * @param values the value of each used letter
	 * @return one argument per word, the program first
	 */
	List<String> arguments(Map<Character, String> values) {
		List<String> arguments = new ArrayList<>(this.words.size());
		for (Word word : this.words) {
			arguments.add(word.expand(values));
		}
		return arguments;
	}

	/** A piece of a word: text, or a placeholder. */
	sealed interface Piece permits Text, Placeholder {

	}

	/**
	 * Literal text.
	 *
	 * @param text the characters, quotes removed
	 */
	record Text(String text) implements Piece {
	}

	/**
	 * A placeholder.
	 *
	 * @param letter its letter
	 */
	record Placeholder(char letter) implements Piece {
	}

	/**
	 * One word of the command.
	 *
	 * @param pieces its text and placeholders in order
	 */
	record Word(List<Piece> pieces) {

		Word {
			pieces = List.copyOf(pieces);
		}

		String expand(Map<Character, String> values) {
			StringBuilder result = new StringBuilder();
			for (Piece piece : this.pieces) {
				if (piece instanceof Text text) {
					result.append(text.text());
				}
				else if (piece instanceof Placeholder placeholder) {
					result.append(values.getOrDefault(placeholder.letter(), ""));
				}
			}
			return result.toString();
		}

	}

	private enum Quoting {

		NONE, SINGLE, DOUBLE

	}

	/**
	 * A {@code $(…)} (counting its open parentheses) or a backquoted substitution (0).
	 */
	private static final class Substitution {

		int parentheses;

		Substitution(int parentheses) {
			this.parentheses = parentheses;
		}

	}

	private static final class Parser {

		private final String command;

		private final Set<Character> placeholderLetters;

		private final List<Word> words = new ArrayList<>();

		private final List<Piece> pieces = new ArrayList<>();

		private final StringBuilder text = new StringBuilder();

		private final StringBuilder script = new StringBuilder();

		private final Set<Character> used = new TreeSet<>();

		private boolean inWord;

		private boolean shellSyntax;

		private Quoting quoting = Quoting.NONE;

		/**
		 * The command substitutions opened inside double quotes, innermost first: their
		 * text is unquoted again until they close, so a placeholder there needs quotes of
		 * its own.
		 */
		private final Deque<Substitution> substitutions = new ArrayDeque<>();

		Parser(String command, Set<Character> placeholderLetters) {
			this.command = command;
			this.placeholderLetters = placeholderLetters;
		}

		CommandLine parse() {
			String c = this.command;
			int i = 0;
			while (i < c.length()) {
				char ch = c.charAt(i);
				char next = (i + 1 < c.length()) ? c.charAt(i + 1) : 0;
				boolean hasNext = i + 1 < c.length();
				switch (this.quoting) {
					case NONE -> {
						if (ch == ' ' || ch == '\t' || ch == '\n') {
							endWord();
							this.script.append(ch);
						}
						else if (ch == '\\' && hasNext) {
							this.script.append(ch).append(next);
							if (next != '\n') {
								literal(next);
							}
							i++;
						}
						else if (ch == '\'') {
							this.quoting = Quoting.SINGLE;
							this.inWord = true;
							this.script.append(ch);
						}
						else if (ch == '"') {
							this.quoting = Quoting.DOUBLE;
							this.inWord = true;
							this.script.append(ch);
						}
						else if (ch == '%' && hasNext && this.placeholderLetters.contains(next)) {
							placeholder(next, "\"${" + variable(next) + "}\"");
							i++;
						}
						else {
							if (SHELL_CHARACTERS.indexOf(ch) >= 0) {
								this.shellSyntax = true;
							}
							closeSubstitution(ch);
							literal(ch);
							this.script.append(ch);
						}
					}
					case SINGLE -> {
						if (ch == '\'') {
							this.quoting = Quoting.NONE;
							this.script.append(ch);
						}
						else if (ch == '%' && hasNext && this.placeholderLetters.contains(next)) {
							placeholder(next, "'\"${" + variable(next) + "}\"'");
							i++;
						}
						else {
							literal(ch);
							this.script.append(ch);
						}
					}
					case DOUBLE -> {
						if (ch == '"') {
							this.quoting = Quoting.NONE;
							this.script.append(ch);
						}
						else if (ch == '\\' && hasNext && "$`\"\\\n".indexOf(next) >= 0) {
							this.script.append(ch).append(next);
							if (next != '\n') {
								literal(next);
							}
							i++;
						}
						else if (ch == '%' && hasNext && this.placeholderLetters.contains(next)) {
							placeholder(next, "${" + variable(next) + "}");
							i++;
						}
						else {
							if (ch == '$' || ch == '`') {
								this.shellSyntax = true;
							}
							if (ch == '`') {
								openSubstitution(0);
							}
							else if (ch == '$' && next == '(') {
								openSubstitution(1);
								literal(ch);
								this.script.append(ch);
								ch = next;
								i++;
							}
							literal(ch);
							this.script.append(ch);
						}
					}
				}
				i++;
			}
			if (!this.substitutions.isEmpty()) {
				throw new IllegalArgumentException("unterminated command substitution in command: " + abbreviate(c));
			}
			if (this.quoting != Quoting.NONE) {
				throw new IllegalArgumentException(
						"unterminated " + ((this.quoting == Quoting.SINGLE) ? "single" : "double")
								+ " quote in command: " + abbreviate(c));
			}
			endWord();
			return new CommandLine(this.words, this.shellSyntax, this.script.toString(), this.used);
		}

		/**
		 * Enters a command substitution met inside double quotes.
		 * @param parentheses 1 for {@code $(}, 0 for a backquote
		 */
		private void openSubstitution(int parentheses) {
			this.substitutions.push(new Substitution(parentheses));
			this.quoting = Quoting.NONE;
		}

		/**
		 * Counts an unquoted character of a command substitution opened inside double
		 * quotes, returning to the double quotes after the one that closes it.
		 */
		private void closeSubstitution(char ch) {
			Substitution open = this.substitutions.peek();
			if (open == null) {
				return;
			}
			if (open.parentheses == 0) {
				if (ch == '`') {
					this.substitutions.pop();
					this.quoting = Quoting.DOUBLE;
				}
			}
			else if (ch == '(') {
				open.parentheses++;
			}
			else if (ch == ')' && --open.parentheses == 0) {
				this.substitutions.pop();
				this.quoting = Quoting.DOUBLE;
			}
		}

		private void literal(char ch) {
			this.text.append(ch);
			this.inWord = true;
		}

		private void placeholder(char letter, String reference) {
			flushText();
			this.pieces.add(new Placeholder(letter));
			this.used.add(letter);
			this.inWord = true;
			this.script.append(reference);
		}

		private void flushText() {
			if (this.text.length() > 0) {
				this.pieces.add(new Text(this.text.toString()));
				this.text.setLength(0);
			}
		}

		private void endWord() {
			if (this.inWord) {
				flushText();
				this.words.add(new Word(this.pieces));
				this.pieces.clear();
				this.inWord = false;
			}
		}

		private static String abbreviate(String text) {
			String line = text.replace('\n', ' ');
			return (line.length() > 120) ? line.substring(0, 120) + "…" : line;
		}

	}

}
