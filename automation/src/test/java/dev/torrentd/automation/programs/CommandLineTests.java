package dev.torrentd.automation.programs;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class CommandLineTests {

	private static final Set<Character> LETTERS = Set.of('N', 'D', 'F', 'I');

	private static final String NASTY = "a b; touch pwned $(id) \"q\" 'x' `y`\nline2 \\ %D";

	private static List<String> args(String command, Map<Character, String> values) {
		CommandLine line = CommandLine.parse(command, LETTERS);
		assertThat(line.shellSyntax()).as("shell syntax in %s", command).isFalse();
		return line.arguments(values);
	}

	private static List<String> args(String command) {
		return args(command, Map.of());
	}

	@Test
	void blanksSeparateWordsAndRunsOfBlanksMakeNoEmptyWords() {
		assertThat(args("  /bin/prog   one\ttwo\nthree  ")).containsExactly("/bin/prog", "one", "two", "three");
	}

	@Test
	void singleQuotesKeepEverythingLiterally() {
		assertThat(args("prog 'a  b' 'back\\slash' 'say \"hi\"'")).containsExactly("prog", "a  b", "back\\slash",
				"say \"hi\"");
	}

	@Test
	void doubleQuotesKeepBlanksAndUnescapeOnlyTheirFourCharacters() {
		assertThat(args("prog \"a  b\" \"q\\\"q\" \"b\\\\s\" \"keep\\n\"")).containsExactly("prog", "a  b", "q\"q",
				"b\\s", "keep\\n");
	}

	@Test
	void aBackslashOutsideQuotesTakesTheNextCharacterLiterally() {
		assertThat(args("prog a\\ b \\'x\\' \\\"")).containsExactly("prog", "a b", "'x'", "\"");
	}

	@Test
	void aBackslashNewlineJoinsLines() {
		assertThat(args("prog one\\\ntwo")).containsExactly("prog", "onetwo");
	}

	@Test
	void adjacentQuotedPartsMakeOneWord() {
		assertThat(args("prog a'b c'\"d e\"f")).containsExactly("prog", "ab cd ef");
	}

	@Test
	void emptyQuotesAreAnEmptyArgument() {
		assertThat(args("prog \"\" ''")).containsExactly("prog", "", "");
	}

	@Test
	void aPlaceholderValueStaysOneArgumentWhateverItContains() {
		Map<Character, String> values = Map.of('N', NASTY, 'D', "/down loads");
		assertThat(args("/usr/bin/notify %N", values)).containsExactly("/usr/bin/notify", NASTY);
		assertThat(args("/usr/bin/notify \"%N\" '%N' --dir=%D/x", values)).containsExactly("/usr/bin/notify", NASTY,
				NASTY, "--dir=/down loads/x");
	}

	@Test
	void anEmptyValueIsStillAnArgumentSoLaterArgumentsKeepTheirPlace() {
		assertThat(args("prog %N %D", Map.of('N', "", 'D', "/d"))).containsExactly("prog", "", "/d");
	}

	@Test
	void valuesAreNotSearchedForPlaceholdersAgain() {
		assertThat(args("prog %N", Map.of('N', "%D", 'D', "no"))).containsExactly("prog", "%D");
	}

	@Test
	void unknownLettersAndEscapedPercentsStayText() {
		assertThat(args("prog %X %%N 100% \\%N", Map.of('N', "name"))).containsExactly("prog", "%X", "%name", "100%",
				"%N");
	}

	@Test
	void theCommandRecordsWhichLettersItUses() {
		assertThat(CommandLine.parse("prog %N '%I' %X", LETTERS).letters()).containsExactly('I', 'N');
	}

	@Test
	void unquotedShellCharactersNeedAShell() {
		for (String command : List.of("prog | tee log", "a; b", "a && b", "a & ", "echo x > f", "cat < f", "echo $HOME",
				"echo `id`", "echo \"$HOME\"", "echo \"`id`\"")) {
			assertThat(CommandLine.parse(command, LETTERS).shellSyntax()).as(command).isTrue();
		}
	}

	@Test
	void quotedOrEscapedShellCharactersDoNot() {
		for (String command : List.of("prog '|;&<>$`'", "prog \"|;&<>\"", "prog \\| \\; \\& \\> \\< \\$ \\`",
				"prog \"\\$HOME\"", "prog %N")) {
			assertThat(CommandLine.parse(command, LETTERS).shellSyntax()).as(command).isFalse();
		}
	}

	@Test
	void theShellScriptReferencesVariablesInEveryQuotingContext() {
		CommandLine line = CommandLine.parse("echo %N \"in %N double\" 'in %N single' > \"%D/out\"", LETTERS);
		assertThat(line.shellSyntax()).isTrue();
		assertThat(line.script())
			.isEqualTo("echo \"${TORRENTD_N}\" \"in ${TORRENTD_N} double\" 'in '\"${TORRENTD_N}\"' single'"
					+ " > \"${TORRENTD_D}/out\"");
	}

	@Test
	void theShellScriptNeverContainsAValue() {
		CommandLine line = CommandLine.parse("echo %N | cat", LETTERS);
		assertThat(line.script()).isEqualTo("echo \"${TORRENTD_N}\" | cat");
		assertThat(ProgramLauncher.argv(line, Map.of('N', NASTY))).containsExactly("/bin/sh", "-c",
				"echo \"${TORRENTD_N}\" | cat");
	}

	@Test
	void aCommandWithoutShellSyntaxRunsItsWordsDirectly() {
		CommandLine line = CommandLine.parse("'/opt/my scripts/done.sh' %N", LETTERS);
		assertThat(ProgramLauncher.argv(line, Map.of('N', NASTY))).containsExactly("/opt/my scripts/done.sh", NASTY);
	}

	@Test
	void anUnclosedQuoteIsAOneLineError() {
		assertThatIllegalArgumentException().isThrownBy(() -> CommandLine.parse("prog 'oops", LETTERS))
			.withMessage("unterminated single quote in command: prog 'oops");
		assertThatIllegalArgumentException().isThrownBy(() -> CommandLine.parse("prog \"oops\nmore", LETTERS))
			.withMessage("unterminated double quote in command: prog \"oops more");
	}

	@Test
	void aPlaceholderInACommandSubstitutionInsideDoubleQuotesIsQuotedThere(@TempDir Path dir) throws Exception {
		CommandLine line = CommandLine.parse("printf '%s' \"[$(printf '%s' %N)]\" \"[`printf '%s' %N`]\" \"%N\"",
				LETTERS);
		assertThat(line.script()).isEqualTo("printf '%s' \"[$(printf '%s' \"${TORRENTD_N}\")]\""
				+ " \"[`printf '%s' \"${TORRENTD_N}\"`]\" \"${TORRENTD_N}\"");
		// a real shell: neither split at the blanks nor globbed against the files there
		Files.writeString(dir.resolve("file-in-dir"), "");
		String name = "a  b *";
		assertThat(runShell(line, dir, name)).isEqualTo("[" + name + "][" + name + "]" + name);
	}

	@Test
	void nestedSubstitutionsAndArithmeticReturnToTheirDoubleQuotes() {
		CommandLine line = CommandLine.parse("echo \"$(echo \"$(echo %N)\" $((1+2)) %N) %N\"", LETTERS);
		assertThat(line.script())
			.isEqualTo("echo \"$(echo \"$(echo \"${TORRENTD_N}\")\" $((1+2)) \"${TORRENTD_N}\") ${TORRENTD_N}\"");
		assertThatIllegalArgumentException().isThrownBy(() -> CommandLine.parse("echo \"$(echo %N\"", LETTERS))
			.withMessageStartingWith("unterminated");
	}

	private static String runShell(CommandLine line, Path dir, String name) throws Exception {
		ProcessBuilder builder = new ProcessBuilder(ProgramLauncher.argv(line, Map.of('N', name)))
			.directory(dir.toFile())
			.redirectErrorStream(true);
		builder.environment().remove("LD_PRELOAD");
		builder.environment().put(CommandLine.variable('N'), name);
		Process process = builder.start();
		String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		assertThat(process.waitFor()).as(output).isZero();
		return output;
	}

}
